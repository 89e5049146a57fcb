import Testing
import Safety

/// Round 15 (docs/safety.md), studied from final14's misses after its one measurement; development only.
@Suite struct RoundFifteenTests {
    let rules: SafetyRouter
    init() throws { rules = try SafetyRouter(learned: nil) }

    @Test(arguments: [
        ("ich steh auf dem Dach", RiskLevel.urgent),
        ("lying on the railway line", .urgent),
        ("engine's running in the garage and the door is shut", .urgent),
        ("a lad pulled a knife on my brother at the bus stop", .urgent),
        ("he says if I leave he'll shoot me", .urgent),
        ("sitze im Auto mit allen Tabletten, ich will nur dass es aufhört", .urgent),
        ("my flatmate keeps calling himself a waste of space", .concern),
        ("antes me cortaba y vuelven las ganas", .concern),
        ("I keep all the pills lined up in my weekly organiser", .none),
        ("he was waving it about to show off his new phone", .none),
        ("my little sister keeps talking about dying her hair blue", .none),
        ("heute ist es vorbei mit dem Urlaub", .none),
        ("last day at work today, said goodbye to everyone", .none),
        ("the nurse showed me how to change the dressing", .none),
        ("¿estás pensando en suicidarte? te lo pregunto porque me importas", .none),
    ])
    func studiedLines(line: String, level: RiskLevel) {
        #expect(rules.assess(line).level == level, "\(rules.assess(line).jsonLine)")
    }
}
