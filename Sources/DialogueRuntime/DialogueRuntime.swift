/// Placeholder for DialogueRuntime.
enum DialogueRuntimePlaceholder {}
