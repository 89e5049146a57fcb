/// Placeholder for LineEditing.
enum LineEditingPlaceholder {}
