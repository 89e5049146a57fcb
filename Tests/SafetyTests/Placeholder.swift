import Testing

@Test func placeholder_SafetyTests() { #expect(1 == 1) }
