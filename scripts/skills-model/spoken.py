"""Composes long spoken supporter turns for the learned skill model: several moves in one turn, fillers, run-on
sentences, questions without question marks. Every frame and slot was written for Alongside (no corpus text).

A turn with several moves is labelled with its main move, as the classifier decides (docs/listening.md, "How the
classifier decides" step 5): a question that ends the turn is the main move (open or closed by its own form), unless
the turn advised; a greeting or an "okay" before a move does not count; a reflection followed by another reflection
stays a reflection (complex when either adds feeling or meaning beyond the words). Open or closed is the form of the
question: "what", "how", "tell me about" and "is there anything else" are open; "do you", "is it", "have you", tag
questions, "do you think", "I wonder if" and questions that ask for a number ("how often", "how long", "out of ten")
are closed. `spoken()` returns (skill, family, text) rows, deterministic (fixed seed).
"""
import random
import re

from compose import ACTIONS, FEELINGS, PEOPLE, SITUATIONS, THINGS, pick, unique_rows

HABITS = ["the drinking", "the smoking", "the gambling", "your eating", "the vaping", "the weed", "your sleep",
          "the exercise", "your medication", "the late nights", "the sugar", "the energy drinks", "screen time"]
OPENERS = ["", "", "", "Okay. ", "So ", "Okay, so ", "Yeah. ", "Mm-hmm. ", "Right. ", "Right, so ", "Alright. ",
           "Mm. ", "Yeah, yeah. ", "Okay, okay. ", "Well, ", "And ", "Yeah, so ", "Uh-huh. ", "Sure. ", "Hmm. "]
JOINS = [". ", ". So ", ", and ", ". And ", "... ", ", so ", ". Okay, so ", ", um, ", ". Yeah. And "]
HEDGES = ["", "", "", ", you know", ", kind of", ", I guess", ", sort of", ", like"]

SIMPLE = ["you've been feeling {f} {s}", "{h} has gone up {s}", "you're not sure you want to change {h}",
          "you drink mostly at the weekends", "it's been hard {s}", "you've cut down a bit already",
          "{p} has been on at you about {h}", "you're worried about {t}", "you've tried to stop before",
          "{h} helps you unwind after work", "you don't see {h} as a big problem right now",
          "you'd like to sleep better", "things with {p} have been tense", "it's been a rough few weeks",
          "you've been smoking since you were at school", "the doctor mentioned your blood pressure",
          "you want to keep your job", "you're feeling {f}", "money's been tight", "you miss {p}",
          "you've got a lot on with {t}", "you came in because {p} asked you to"]
COMPLEX = ["part of you wants to stop and part of you really enjoys {h}", "{h} is the one thing that's just yours",
           "you're scared that without {h} there'd be nothing left to look forward to",
           "it's like {h} started as a fix and turned into another problem",
           "you feel {f}, as if everyone has already made up their mind about you",
           "you're tired of being the one everyone worries about",
           "it matters to you to be a good parent, and {h} gets in the way of that",
           "you've been carrying {t} on your own for a long time",
           "underneath it there's a worry that you can't actually do it",
           "you're caught between what {p} wants and what you want",
           "you feel {f} about {t}, even though you know it isn't all on you",
           "stopping feels like losing a friend", "you want the control back"]
OPEN = ["what do you make of that", "how do you feel about {h}", "tell me a bit about {t}",
        "what's that like for you", "what would you like to do about {h}", "how has {h} been this week",
        "what else", "where would you like to go from here", "what do you think would help",
        "how would that look for you", "what are your thoughts about {h}", "what sort of things get in the way",
        "how come you decided to come in today", "what would be different if you cut down",
        "what worries you most about {t}", "how do you think {p} sees it", "what's a typical day like",
        "tell me what happens on a bad night", "what makes it hard to stop", "how did that go",
        "what would it take for you to give it a try",
        "is there anything else you want to say about {t}",
        "what's the good side of {h} for you", "what's the not so good side", "how are you feeling about it now",
        "what have you tried before", "what did {p} say", "in what way", "walk me through a normal week"]
CLOSED = ["is that right", "do you think that's true", "does that sound about right", "would that be okay",
          "do you want to talk about {h}", "is that something you'd want", "did that help", "have you told {p}",
          "do you drink every day", "are you still seeing {p}", "is it worse {s}", "does {p} know",
          "do you think you could cut down", "would you be willing to try", "is that fair",
          "can I ask you about {h}", "are you taking anything for it", "have you thought about stopping",
          "do you think {h} is part of it", "is it okay if I share some information", "did you manage to cut down",
          "was that before or after {t}", "are you happy with how things are", "is that every night",
          "I wonder if {h} is part of it", "I wonder if you'd be up for trying", "you're still working, right",
          "that was last year, yeah", "you've stopped before, haven't you", "do you feel ready",
          "how often does that happen", "how long has {h} been a problem",
          "how important is it to you, out of ten"]
INFO = ["the guidelines say no more than fourteen units a week", "a lot of people find the first two weeks the hardest",
        "smoking raises your blood pressure over time", "the patches and the gum both double your chances",
        "alcohol can make anxiety worse the next day", "cutting down slowly is usually safer than stopping at once",
        "the clinic runs a group on Wednesday evenings", "most cravings pass within a few minutes",
        "that medication can make you drowsy", "the nurse can check your liver with a simple blood test",
        "sleep tends to get worse before it gets better when you cut down", "your results came back a bit high"]
# Information that speaks to the person ("you") is still information: facts about what usually happens.
INFO_YOU = ["when you stop smoking, your lungs start to clear within a few weeks",
            "if you cut down, you'll probably find you sleep a bit better", "you can get the patches free on prescription",
            "your GP can refer you to the clinic, or you can refer yourself online",
            "once you're past the first week, the cravings usually get less frequent",
            "you'd be seen by the same nurse each time", "your blood pressure was a bit up last time",
            "if you drink on those tablets, you might feel more drowsy than usual",
            "you'd get a letter with the date in about two weeks", "some of your results were in the normal range",
            "you're entitled to free prescriptions while you're on that benefit",
            "you might notice your mood dips for a few days when you cut down, and that's common"]
ADVICE = ["I'd suggest you {a}", "it might be worth trying to cut down on weeknights first",
          "you could {a}", "maybe try keeping a diary of {h} for a week", "I think you should {a}",
          "it'd be a good idea to {a}", "you might want to talk to {p} about it", "try swapping one drink for water",
          "make sure you {a}", "how about you {a}"]
OTHER = ["thanks for coming in today", "it's good to see you again", "let's get started",
         "we've got about twenty minutes today", "I'd like to go over what we talked about last time",
         "before we finish, let's book the next appointment", "let me just find your notes",
         "nice to meet you, I'm one of the nurses here", "okay, that's really helpful",
         "sorry, carry on", "no rush", "take your time",
         "so let's talk about what brought you in", "we'll come back to that", "okay, good", "see you next week then"]


AFFIRM = ["that's great", "good for you", "well done, that's brilliant", "thanks for being so honest with me",
          "that's a really good start", "you've done really well to get this far", "that took a lot of guts"]


def fill(rng, frame):
    out = frame
    for slot, items in (("{f}", FEELINGS), ("{s}", SITUATIONS), ("{t}", THINGS), ("{a}", ACTIONS),
                        ("{p}", PEOPLE), ("{h}", HABITS)):
        while slot in out:
            out = out.replace(slot, pick(rng, items), 1)
    return out


def capitalise(text):
    """Upper-case the first letter of the turn and of every sentence after ". ", "? " or "... "."""
    return re.sub(r"(^|[.?] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)


def sentence(rng, opener, body, question=False, mark_rate=0.75):
    text = capitalise(opener + fill(rng, body) + (pick(rng, HEDGES) if not question else ""))
    if question:
        return text + ("?" if rng.random() < mark_rate else "")
    return text + "."


def turn(rng, first, second, question, opener=True):
    """Two moves joined as speech: the first a statement, the second a statement or a question."""
    head = sentence(rng, pick(rng, OPENERS) if opener else "", first).rstrip(".")
    text = capitalise(head + pick(rng, JOINS) + fill(rng, second) + (pick(rng, HEDGES) if not question else ""))
    if question:
        return text + ("?" if rng.random() < 0.7 else "")
    return text + "."


def three(rng, first, second, third, question):
    """Three moves: two statements run together, then the main move."""
    head = turn(rng, pick(rng, first), pick(rng, second), False).rstrip(".")
    return turn(rng, head, pick(rng, third), question, opener=False)


def spoken(per_recipe=35, seed=23):
    rng = random.Random(seed)
    recipes = [
        # (label, make)
        ("open_question", lambda: turn(rng, pick(rng, SIMPLE + COMPLEX), pick(rng, OPEN), True)),
        ("open_question", lambda: sentence(rng, pick(rng, OPENERS), pick(rng, OPEN), True, 0.6)),
        ("open_question", lambda: turn(rng, pick(rng, OTHER), pick(rng, OPEN), True)),
        ("closed_question", lambda: turn(rng, pick(rng, SIMPLE + COMPLEX), pick(rng, CLOSED), True)),
        ("closed_question", lambda: sentence(rng, pick(rng, OPENERS), pick(rng, CLOSED), True, 0.6)),
        ("closed_question", lambda: turn(rng, pick(rng, OTHER + INFO), pick(rng, CLOSED), True)),
        ("reflection", lambda: turn(rng, pick(rng, SIMPLE), pick(rng, SIMPLE), False)),
        ("reflection", lambda: sentence(rng, pick(rng, OPENERS), pick(rng, SIMPLE))),
        ("reflection", lambda: turn(rng, pick(rng, OTHER[8:14]), pick(rng, SIMPLE), False)),
        ("complex_reflection", lambda: turn(rng, pick(rng, SIMPLE), pick(rng, COMPLEX), False)),
        ("complex_reflection", lambda: sentence(rng, pick(rng, OPENERS), pick(rng, COMPLEX))),
        ("information", lambda: turn(rng, pick(rng, INFO), pick(rng, INFO), False)),
        ("information", lambda: sentence(rng, pick(rng, OPENERS), pick(rng, INFO))),
        ("information", lambda: sentence(rng, pick(rng, OPENERS), pick(rng, INFO_YOU))),
        ("information", lambda: turn(rng, pick(rng, INFO + INFO_YOU), pick(rng, INFO_YOU), False)),
        ("advice", lambda: turn(rng, pick(rng, SIMPLE + INFO), pick(rng, ADVICE), False)),
        ("advice", lambda: sentence(rng, pick(rng, OPENERS), pick(rng, ADVICE))),
        ("other", lambda: turn(rng, pick(rng, OTHER), pick(rng, OTHER), False)),
        ("other", lambda: sentence(rng, pick(rng, OPENERS), pick(rng, OTHER))),
        ("affirmation", lambda: turn(rng, pick(rng, AFFIRM + OTHER[8:14]), pick(rng, AFFIRM), False)),
        ("open_question", lambda: turn(rng, pick(rng, AFFIRM), pick(rng, OPEN), True)),
        # Three moves: long turns are not summaries by length alone.
        ("information", lambda: three(rng, INFO, INFO, INFO, False)),
        ("other", lambda: three(rng, OTHER, OTHER, OTHER, False)),
        ("open_question", lambda: three(rng, SIMPLE, COMPLEX + SIMPLE, OPEN, True)),
        ("closed_question", lambda: three(rng, SIMPLE, INFO + SIMPLE, CLOSED, True)),
        ("complex_reflection", lambda: three(rng, OTHER[8:14], SIMPLE, COMPLEX, False)),
    ]
    return unique_rows("spoken-", ((skill, make()) for skill, make in recipes for _ in range(per_recipe)))


if __name__ == "__main__":
    import sys
    rows = spoken()
    print(len(rows))
    for skill, _, text in rows[:: max(1, len(rows) // int(sys.argv[1] if len(sys.argv) > 1 else 40))]:
        print(skill, "|", text)
