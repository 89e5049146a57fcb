import Safety

/// Routes a line typed outside an exercise (menu choices, yes/no questions) through the safety router,
/// so no input a person types escapes it.
struct LineScreen {
    let router: SafetyRouter
    let help: RegionHelp
    let console: Console

    /// Shows the calm crisis response when `text` carries risk; returns the assessment's level.
    @discardableResult
    func check(_ text: String) -> RiskLevel {
        let assessment = router.assess(text)
        guard assessment.level != .none else { return .none }
        for line in CrisisResponse.message(level: assessment.level, categories: assessment.categories, help: help, repeated: false) {
            console.say(line, style: .alert)
        }
        return assessment.level
    }
}
