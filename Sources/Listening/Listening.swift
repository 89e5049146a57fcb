/// Placeholder for Listening.
enum ListeningPlaceholder {}
