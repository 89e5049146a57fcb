/// Placeholder for TranscriptStore.
enum TranscriptStorePlaceholder {}
