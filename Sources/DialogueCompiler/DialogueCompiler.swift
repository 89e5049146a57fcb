/// Placeholder for DialogueCompiler.
enum DialogueCompilerPlaceholder {}
