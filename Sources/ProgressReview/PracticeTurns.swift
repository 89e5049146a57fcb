import Listening
import TranscriptStore

/// Reads a stored practice session back into the trainee's turns for feedback and trends.
public enum PracticeTurns {
    /// One `PracticeTurn` per stored skill line (`reflection 0.82`): the trainee's answer just before it, and
    /// the persona's last line before that answer (coach lines skipped).
    public static func read(_ turns: [TurnRecord]) -> [PracticeTurn] {
        var result: [PracticeTurn] = []
        var lastPersonaLine: String?
        var answer: (text: String, seeker: String?)?
        for turn in turns.sorted(by: { $0.seq < $1.seq }) {
            switch turn.kind {
            case .say where !turn.text.hasPrefix("Coach:"):
                lastPersonaLine = turn.text
            case .answer:
                answer = (turn.text, lastPersonaLine)
            case "skill":
                guard let name = turn.text.split(separator: " ").first, let skill = ListeningSkill(rawValue: String(name)) else { continue }
                result.append(PracticeTurn(text: answer?.text ?? "", skill: skill, seeker: answer?.seeker))
                answer = nil
            default:
                break
            }
        }
        return result
    }
}
