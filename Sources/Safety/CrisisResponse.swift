/// What the app says when the safety router flags a message: calm, short, people first, no methods.
///
/// Follows safe-messaging practice: acknowledge without judgement; emergency number first when danger is
/// imminent, then one crisis line (one or two numbers, never a wall); say plainly this is a practice tool,
/// not a crisis service, and that help lines are people; offer hope, distance from means and a trusted
/// person; never repeat what the person typed; end with choices rather than abruptly.
public enum CrisisResponse {
    /// Lines to show when the router flags `level` for a person; `repeated` = a detection already happened in the last few turns (then a SHORT reminder with the number, not the full text).
    public static func message(level: RiskLevel, categories: [RiskCategory], help: RegionHelp, repeated: Bool) -> [String] {
        guard level != .none else { return [] }
        let medical = categories.contains(.medicalEmergency)
        if repeated {
            return reminder(level: level, medical: medical, help: help)
        }
        if medical {
            return medicalMessage(level: level, help: help)
        }
        if level == .check {
            return checkInQuestion(help: help)
        }
        return level == .urgent
            ? urgentMessage(categories: categories, help: help)
            : concernMessage(categories: categories, help: help)
    }

    /// The menu offered after an urgent detection: talk to someone now (repeat the numbers), a grounding exercise, look at my safety plan, continue the exercise.
    public static let urgentChoices: [String] = [
        "Talk to someone now (show the numbers again)",
        "Try a short grounding exercise",
        "Look at my safety plan",
        "Continue the exercise",
    ]

    /// Short check-in shown after a high or rising distress rating (0-10).
    ///
    /// High means 7 or more; rising means at least 2 points above `previous` and 5 or more. Returns `nil`
    /// when no check-in is needed. The rating is feedback for the person, never a risk assessment.
    public static func distressCheckIn(rating: Int, previous: Int?, help: RegionHelp) -> [String]? {
        let now = min(max(rating, 0), 10)
        let before = previous.map { min(max($0, 0), 10) }
        let rising = before.map { now - $0 >= 2 && now >= 5 } ?? false
        guard now >= 7 || rising else { return nil }
        var lines: [String] = []
        if let before, rising {
            lines.append("Your distress went from \(before) to \(now) out of 10. Thank you for noticing and saying so.")
        } else {
            lines.append("You rated your distress \(now) out of 10. That sounds like a lot to hold right now.")
        }
        lines.append("You don't have to get through this alone, and you don't have to be in crisis to talk to someone.")
        if let line = help.primaryLine {
            lines.append(line.kind == .directory
                ? directorySentence(line)
                : "\(line.service) has real people to listen: \(line.allContacts)\(hoursSuffix(line)).")
        }
        if help.primaryLine?.kind != .crisisLine {
            lines.append("If you are in danger right now, call \(help.emergencyInWords).")
        }
        lines.append("We can carry on at your pace. Type /pause to stop here for now, or /helplines to see who you can call.")
        return lines
    }

    // MARK: - Messages

    private static func concernMessage(categories: [RiskCategory], help: RegionHelp) -> [String] {
        var lines: [String] = []
        if categories.contains(.abuseOrViolence) {
            lines.append("Thank you for telling me. You deserve to be safe, and what is happening is not your fault.")
            lines.append("If you are in danger right now, call \(help.emergencyInWords).")
        } else if categories.contains(.harmToOthers) {
            lines.append("It sounds like things feel really intense right now. Thank you for saying it out loud.")
            lines.append("If you feel you might hurt someone, step away to a separate space and give yourself some distance.")
        } else {
            lines.append("It sounds like you're carrying something really heavy right now. Thank you for saying it.")
        }
        lines.append(practiceToolNotice)
        lines.append(contentsOf: talkToSomeone(help))
        if help.primaryLine?.kind != .crisisLine && !categories.contains(.abuseOrViolence) {
            lines.append("If you are in danger right now, call \(help.emergencyInWords).")
        }
        lines.append("Feelings like this can change, and talking with someone really does help.")
        lines.append("Is there someone you trust you could be in touch with today?")
        lines.append("You can keep going, or type /pause to stop for now. It's your choice.")
        return lines
    }

    private static func urgentMessage(categories: [RiskCategory], help: RegionHelp) -> [String] {
        var lines: [String] = []
        if categories.contains(.abuseOrViolence) {
            lines.append("I'm really glad you told me. You deserve to be safe, and this is not your fault.")
            lines.append("If you are in danger now, call \(help.emergencyInWords) now.")
        } else if categories.contains(.harmToOthers) {
            lines.append("I'm glad you said this. It sounds like things feel very out of control right now.")
            lines.append("If someone could be hurt, call \(help.emergencyInWords) now.")
            lines.append("Please step away from the other person, to a separate space, until you feel steadier.")
        } else {
            lines.append("I'm really glad you told me. What you're going through sounds very hard, and you deserve support right now.")
            lines.append("If you might act on this, or you're not safe, please call \(help.emergencyInWords) now.")
        }
        lines.append(contentsOf: talkToSomeone(help, brief: true))
        lines.append(practiceToolNotice + " The people on these lines are trained, and they want to hear from you.")
        if !categories.contains(.harmToOthers) && !categories.contains(.abuseOrViolence) {
            lines.append("If there is anything nearby you could use to hurt yourself, could you put it out of reach or go somewhere else, near other people?")
        }
        lines.append("Could you let someone you trust know how you are, or ask them to be with you?")
        lines.append("This feeling can pass, even if it doesn't seem that way right now. Help works.")
        lines.append("When you're ready, choose what you'd like to do next:")
        return lines
    }

    private static func medicalMessage(level: RiskLevel, help: RegionHelp) -> [String] {
        var lines = [
            level == .urgent
                ? "This sounds like a medical emergency. Call \(help.emergencyInWords) now."
                : "This could be a medical emergency. If you or someone near you might be in danger, call \(help.emergencyInWords) now.",
            "Please get medical help first: an exercise in this app is not a substitute for care.",
            "If someone is with you, tell them what is happening and ask them to stay with you.",
        ]
        if let line = help.primaryLine, line.kind != .emergency, line.kind != .directory {
            lines.append("Once you are safe, \(line.service) has people to talk with: \(line.contact).")
        }
        lines.append(practiceToolNotice)
        return lines
    }

    private static func reminder(level: RiskLevel, medical: Bool, help: RegionHelp) -> [String] {
        if medical || level == .urgent {
            var text = "A reminder: if you're in danger, call \(help.emergencyInWords) now."
            if !medical, let line = help.primaryLine {
                text += line.kind == .directory
                    ? " To find a help line where you are, \(line.contact)."
                    : " To talk with a person: \(line.service), \(line.contact)."
            }
            return [text]
        }
        guard let line = help.primaryLine, line.kind != .directory else {
            let directory = help.primaryLine.map { " To find a help line where you are, \($0.contact)." } ?? ""
            return ["A reminder: you can talk with a person any time.\(directory) If you're in danger, call \(help.emergencyInWords)."]
        }
        return ["A reminder: \(line.service) is there if you'd like to talk with a person: \(line.contact)\(hoursSuffix(line))."]
    }

    // MARK: - Pieces

    private static let practiceToolNotice =
        "I'm a practice tool, not a person and not a crisis service, so I can't give you the support a person can."

    private static func talkToSomeone(_ help: RegionHelp, brief: Bool = false) -> [String] {
        guard let line = help.primaryLine else {
            return ["You can talk with a person any time at a local crisis line."]
        }
        if line.kind == .directory {
            return [directorySentence(line)]
        }
        return ["\(line.service) has real people to talk with: \(brief ? line.contact : line.allContacts)\(hoursSuffix(line))."]
    }

    /// The directory named as a directory: it lists lines run by people; it is not itself someone to talk to.
    private static func directorySentence(_ line: HelpLine) -> String {
        "To find a free, confidential help line where you are, \(line.contact): it is a directory of lines run by people."
    }

    private static func hoursSuffix(_ line: HelpLine) -> String {
        line.hours == "24/7" ? ", any time, day or night" : " (\(line.hours))"
    }

    // MARK: - Check-in (the `check` level)

    /// The direct, kind question asked when a line might speak of suicide or self-harm but no rule confirms it.
    ///
    /// Asking directly does not raise risk (Dazzi et al. 2014); it tells the person they can say it here.
    /// The help line stays in view whatever the answer.
    public static func checkInQuestion(help: RegionHelp) -> [String] {
        var lines = ["I want to check something with you, because it matters.",
                     "Some people who say things like that are thinking about suicide or about hurting themselves."]
        if let line = help.primaryLine {
            lines.append(line.kind == .directory
                ? "If you ever are, you can find a free line to talk to a person: \(line.contact)."
                : "If you ever are, \(line.service) is there to talk with a person: \(line.contact)\(hoursSuffix(line)).")
        } else {
            lines.append("If you ever are, you can call \(help.emergencyInWords) in an emergency.")
        }
        lines.append("Are you thinking about suicide or hurting yourself right now? (yes / no)")
        return lines
    }

    /// The one short line after the person answers "no" to the check-in question; the exercise then continues.
    public static func checkInDeclined(help: RegionHelp) -> [String] {
        guard let line = help.primaryLine, line.kind != .directory, line.kind != .emergency else {
            return ["Thank you for telling me. If that changes, /helplines shows who you can reach. Let's carry on."]
        }
        return ["Thank you for telling me. If that changes, \(line.service) is there: \(line.contact). Let's carry on."]
    }
}
