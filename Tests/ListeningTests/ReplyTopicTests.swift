import Listening
import Testing

/// What a trainee's line is about, for personas that answer the question asked.
struct ReplyTopicTests {
    @Test(arguments: [
        ("Do you have children who could visit?", "family"),
        ("How long do you talk for?", "time"),
        ("When does it get hardest?", "time"),
        ("How often does your daughter ring?", "time"),
        ("What's that like for you?", "feelings"),
        ("How do you feel about that?", "feelings"),
        ("Do you sleep okay?", "sleep"),
        ("How are the exams going?", "study"),
        ("Have you got friends nearby?", "friends"),
        ("What would help right now?", "help"),
        ("Do you like quiz shows?", "activities"),
        ("What do you do to relax?", "activities"),
        ("Is money tight at the moment?", "money"),
        ("Are you thinking about suicide?", "risk"),
        ("Tell me more.", ""),
        ("I'd like to hear more.", ""),
    ])
    func topicOfALine(line: String, topic: String) {
        #expect(ReplyTopic.of(line) == topic)
    }
}
