import Testing

@Test func placeholder_DialogueCompilerTests() { #expect(1 == 1) }
