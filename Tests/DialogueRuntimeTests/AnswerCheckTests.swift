import DialogueModel
import Testing
@testable import DialogueRuntime

@Suite("Answer checks")
struct AnswerCheckTests {
    let rating = PromptKind.integer(min: 0, max: 10)

    @Test("integers: digits, spaces, x/10, 'out of', number words")
    func integersAccepted() {
        #expect(rating.check("7") == .accepted(.int(7)))
        #expect(rating.check("  7 \n") == .accepted(.int(7)))
        #expect(rating.check("7/10") == .accepted(.int(7)))
        #expect(rating.check("7 / 10") == .accepted(.int(7)))
        #expect(rating.check("7 out of 10") == .accepted(.int(7)))
        #expect(rating.check("seven") == .accepted(.int(7)))
        #expect(rating.check("Zero.") == .accepted(.int(0)))
        #expect(rating.check("+10") == .accepted(.int(10)))
        #expect(PromptKind.integer(min: -5, max: 5).check("-3") == .accepted(.int(-3)))
    }

    @Test("integers: out of range or not a whole number get the warm default words")
    func integersRejected() {
        let words = "That doesn't look like a number from 0 to 10. Any whole number in that range is fine."
        for answer in ["11", "-1", "7.5", "lots", "", "7/", "eleven", "7 out of many"] {
            #expect(rating.check(answer) == .rejected(words), "\(answer)")
        }
    }

    @Test("yes/no: short forms in any case")
    func yesNo() {
        for answer in ["y", "Yes", "YEAH", "yep", "sure", "ok", "Okay.", "of course"] {
            #expect(PromptKind.yesNo.check(answer) == .accepted(.bool(true)), "\(answer)")
        }
        for answer in ["n", "No", "nope", "NAH", "not really", "no thanks", "I don’t"] {
            #expect(PromptKind.yesNo.check(answer) == .accepted(.bool(false)), "\(answer)")
        }
        #expect(PromptKind.yesNo.check("maybe")
                == .rejected("I didn't quite catch that. A simple yes or no is all I need."))
    }

    @Test("lists: commas, semicolons, new lines and 'and'")
    func lists() {
        let five = PromptKind.list(min: 5, max: 5)
        #expect(five.check("lamp, desk; window\nchair and my phone.")
                == .accepted(.list(["lamp", "desk", "window", "chair", "my phone"])))
        #expect(PromptKind.list(min: 1, max: 3).check("sand, Andrew AND the sea")
                == .accepted(.list(["sand", "Andrew", "the sea"])))
        #expect(PromptKind.list(min: 1, max: 3).check(" , ,tea,, ") == .accepted(.list(["tea"])))
    }

    @Test("lists: the wrong count says how many were given and how many are asked for")
    func listCounts() {
        let five = PromptKind.list(min: 5, max: 5)
        #expect(five.check("lamp, desk, window") == .rejected(
            "I caught 3 things there, and I'm asking for 5 things. Separate them with commas, like: first, second, third."))
        #expect(five.check("   ") == .rejected(
            "I didn't catch anything there, and I'm asking for 5 things. Separate them with commas, like: first, second, third."))
        #expect(PromptKind.list(min: 2, max: 3).check("a") == .rejected(
            "I caught 1 thing there, and I'm asking for between 2 and 3 things. Separate them with commas, like: first, second, third."))
    }

    @Test("choices: by number, by label, by unique prefix, by value")
    func choices() {
        let labels = ["Breathing", "Body scan", "Grounding"]
        let values = ["breath", "scan", "ground"]
        #expect(AnswerReading.choice("2", labels: labels, values: values) == 1)
        #expect(AnswerReading.choice("3)", labels: labels, values: values) == 2)
        #expect(AnswerReading.choice("body scan", labels: labels, values: values) == 1)
        #expect(AnswerReading.choice("gro", labels: labels, values: values) == 2)
        #expect(AnswerReading.choice("scan", labels: labels, values: values) == 1)
        #expect(AnswerReading.choice("b", labels: labels, values: values) == nil)  // two labels start with b
        #expect(AnswerReading.choice("4", labels: labels, values: values) == nil)
        #expect(AnswerReading.choice("", labels: labels, values: values) == nil)
        #expect(PromptKind.choice(labels).check("Grounding", values: values) == .accepted(.string("ground")))
    }

    @Test("text kinds: blank is fine for text, not for nonEmpty or listen")
    func texts() {
        #expect(PromptKind.text.check("  ") == .accepted(.string("")))
        #expect(PromptKind.nonEmpty.check("  hi ") == .accepted(.string("hi")))
        #expect(PromptKind.nonEmpty.check(" \t ")
                == .rejected("Take your time. A few words are enough, and there is no wrong answer."))
        #expect(PromptKind.listen.check("") == .rejected(DialogueEngine.defaultRetry(for: .listen)))
    }

    @Test("hints for the shell")
    func hints() {
        #expect(PromptSpec(node: "a", text: "", kind: rating).hint == "(0-10)")
        #expect(PromptKind.yesNo.hint == "(yes/no)")
        #expect(PromptKind.list(min: 5, max: 5).hint == "(5, separate with commas)")
        #expect(PromptKind.list(min: 1, max: 3).hint == "(1-3, separate with commas)")
        #expect(PromptKind.choice(["a", "b", "c"]).hint == "(1-3)")
        #expect(PromptKind.text.hint == "")
    }
}
