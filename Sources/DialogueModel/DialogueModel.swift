/// Placeholder for DialogueModel.
enum DialogueModelPlaceholder {}
