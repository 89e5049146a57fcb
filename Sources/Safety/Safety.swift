/// Placeholder for Safety.
enum SafetyPlaceholder {}
