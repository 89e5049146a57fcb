import Testing

@Test func placeholder_TranscriptStoreTests() { #expect(1 == 1) }
