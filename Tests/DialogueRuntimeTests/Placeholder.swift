import Testing

@Test func placeholder_DialogueRuntimeTests() { #expect(1 == 1) }
