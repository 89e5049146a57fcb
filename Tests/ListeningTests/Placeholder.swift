import Testing

@Test func placeholder_ListeningTests() { #expect(1 == 1) }
