"""Composes labelled supporter utterances for the learned skill model from our own frames and slots.

Every frame and slot below was written for Alongside (no corpus text). `compose()` returns
(skill, family, text) rows; the family (`composed-<skill>`) is used to stratify the training report.
Deterministic: a fixed random seed and no iteration over sets.
"""
import random

FEELINGS = ["lonely", "exhausted", "scared", "angry", "ashamed", "lost", "hopeless", "anxious", "guilty",
            "overwhelmed", "stuck", "hurt", "numb", "frustrated", "worried", "let down", "on edge", "trapped",
            "invisible", "worn out", "embarrassed", "relieved", "confused", "torn", "drained", "restless"]
SITUATIONS = ["since the move", "at work", "since your dad died", "after the breakup", "with your flatmate",
              "about the exams", "since the diagnosis", "at home", "with money being so tight", "at night",
              "around your family", "since you lost the job", "at college", "with the baby not sleeping",
              "after the argument", "in the new town", "since the accident", "about the court date",
              "with your sister", "on the ward", "about the rent", "in the mornings", "at the weekends",
              "since Christmas", "with your manager", "around your friends"]
THINGS = ["the debt", "your mum's illness", "the new job", "the exams", "the divorce", "your brother",
          "the move", "the rent", "your health", "the funeral", "the panic attacks", "your partner",
          "the kids", "the court case", "your drinking", "the bullying", "school", "the shifts",
          "your neighbour", "the treatment", "your weight", "the visa", "your flat", "the wedding"]
ACTIONS = ["call your sister", "see your GP", "get some sleep", "go for a walk", "write it down",
           "talk to your manager", "take a break from social media", "join a group", "ring the help line",
           "make a list", "tell your partner", "eat something", "have a bath", "cut back on coffee",
           "go to bed earlier", "speak to student support", "contact the council", "ask for an extension",
           "take a day off", "see a counsellor", "text a friend", "get out of the house"]
PEOPLE = ["your mum", "your partner", "your friends", "your boss", "your dad", "your sister", "your teacher",
          "your flatmate", "your son", "your daughter", "your ex", "the doctor", "your colleagues"]


def pick(rng, items):
    return items[rng.randrange(len(items))]


def fill(rng, frame):
    out = frame
    for slot, items in (("{f}", FEELINGS), ("{g}", FEELINGS), ("{s}", SITUATIONS), ("{t}", THINGS),
                        ("{a}", ACTIONS), ("{b}", ACTIONS), ("{p}", PEOPLE), ("{u}", THINGS)):
        while slot in out:
            out = out.replace(slot, pick(rng, items), 1)
    return out[0].upper() + out[1:]


FRAMES = {
    "open_question": [
        "What's it been like {s}?", "How are you feeling about {t}?", "What happened next?",
        "What do you make of that?", "How have you been coping {s}?", "What's the hardest part of {t}?",
        "Tell me more about {t}.", "Can you tell me about {t}?", "What would help right now?",
        "How did {p} react?", "What goes through your mind when that happens?", "Where does that leave you?",
        "What did you notice in yourself when {p} said that?", "How do you see it?",
        "What's different on the better days?", "Could you say a bit more about feeling {f}?",
        "When did things start to change?", "What would you like to be different?", "Who do you turn to?",
        "Help me understand what {t} means for you.", "What are you hoping for?",
        "How would you like things to be a year from now?", "What gets in the way?",
        "So what was that like for you?", "And how did you manage {s}?", "What matters most to you in all this?",
        "How does {t} affect the rest of your week?", "I'm curious what you think about {t}.",
        "What's been on your mind {s}?", "Walk me through what happened with {p}.",
        "What do you think is behind feeling {f}?", "How is {t} going?", "Why do you think it matters so much to you?",
        "What would it mean for you if {t} got sorted?", "How would you know things were getting better?",
        "Is there anything else you'd like to talk about?", "Anything else on your mind about {t}?",
    ],
    "closed_question": [
        "Are you feeling {f}?", "Did you talk to {p}?", "Is {t} still worrying you?", "Have you told {p}?",
        "Do you want to talk about {t}?", "Is that right?", "Are you sleeping at all?", "Did that help?",
        "Have you eaten today?", "Is anyone at home with you?", "Would you like the number for a help line?",
        "Are you thinking about suicide?", "Have you had thoughts of ending your life?",
        "Are you safe right now?", "Do you feel {f} most days?", "Was that before or after {t}?",
        "Is it worse {s}?", "Can you get to the doctor this week?", "Did {p} know?", "Have you felt {f} before?",
        "Are you still in touch with {p}?", "Does {p} live nearby?", "Is that the first time?",
        "Do you have anyone you can call tonight?", "You're still working at the shop?", "You told {p}?",
        "So it's every night?", "Have you thought about hurting yourself?", "Did you manage to go out?",
        "Is that something you'd want?", "Would it be okay if I asked about {t}?", "Any luck with {t}?",
        "Okay, and you're on your own tonight?", "Is it mostly {t} or mostly {u}?", "Did it get any easier?",
        "Have you been drinking more {s}?", "Are things any better {s}?", "Do you think {p} would listen?",
        # Questions that ask for a number or a length of time are closed (issue 17, part 5).
        "How long has {t} been going on?", "How often do you feel {f}?", "How many nights a week is it?",
        "How old were you when {t} started?", "On a scale of one to ten, how {f} do you feel?",
    ],
    "reflection": [
        "You're feeling {f} {s}.", "It sounds like {t} has been on your mind.", "So {t} is weighing on you.",
        "You've been feeling {f}.", "You haven't been sleeping well.", "So {p} doesn't know yet.",
        "You're worried about {t}.", "It sounds like you're {f}.", "You miss {p}.",
        "So things have been hard {s}.", "You've had a rough week.", "You want {p} to understand.",
        "You're not sure what to do about {t}.", "So you've been keeping it to yourself.",
        "It sounds as if {t} has been hard going.", "You feel {f} {s}.", "You're tired of it.",
        "So you told {p} and nothing changed.", "You've been on your own a lot {s}.",
        "It's been a hard few months.", "You sound {f}.", "So it started {s}.",
        "You're finding {t} hard.", "You'd like things to calm down.", "So you went back to work on Monday.",
        "You've tried talking to {p}.", "Things with {p} have been tense.", "You're dreading {t}.",
    ],
    "complex_reflection": [
        "Part of you wants to leave, and part of you is scared of being alone.",
        "It's like you're carrying {t} all by yourself.", "Underneath the anger there's a lot of hurt.",
        "You've been strong for everyone else for so long that there's nothing left for you.",
        "It sounds like you feel {f}, even though you're doing everything you can.",
        "Maybe what hurts most is feeling {f} when you expected {p} to be there.",
        "On one hand you want to tell {p}, and on the other you're afraid of what they'll think.",
        "It sounds as though {t} has become a weight you carry everywhere.",
        "You're grieving the life you thought you'd have.", "It's as if you've been holding your breath for months.",
        "Deep down you're wondering whether it was your fault.",
        "You want things to change, and at the same time the change itself feels {f}.",
        "It sounds like you're {f}, but also a bit {g}.", "Feeling {f} seems to be wearing you down more than {t} itself.",
        "You're caught between what {p} expects and what you need.", "It's like you're stuck in the same loop.",
        "Being let down by {p} has left you wondering who you can trust.",
        "You keep going for everyone else, but nobody asks how you are.",
        "So the {f} feeling isn't really about {t}, it's about feeling alone with it.",
        "It seems the silence at home is louder than any argument.",
        "You're still hoping {p} will change, even though you've been let down before.",
        "You sound {f}, as though nothing you do is ever quite enough.",
        "It's as if {t} took away the part of you that used to feel safe.",
    ],
    "summary": [
        "So far you've told me about {t}, {u}, and feeling {f} {s}.",
        "Let me check I've got this: {t} has been hard, {p} isn't helping, and you're feeling {f}.",
        "So, to pull this together: there's {t}, there's {u}, and underneath it all you feel {f}.",
        "You've mentioned {t}, the trouble with {p}, and that you've been feeling {f}. Have I got that right?",
        "So there's a lot going on. {t} is hard, {u} is adding to it, and you're feeling {f} {s}.",
        "Putting it together, {t} and {u} have both landed at once, and you're running on empty.",
        "Let me see if I've got it. You've been feeling {f}, you haven't told {p}, and {t} keeps getting worse.",
        "To recap, you're worried about {t}, you're not sleeping, and {p} doesn't seem to notice.",
        "So on one side there's {t}, on the other there's {u}, and you feel {f} in the middle of it.",
        "What I'm hearing overall is {t}, then {u}, and through all of it feeling {f}.",
    ],
    "affirmation": [
        "It took courage to tell me that.", "You've worked really hard to get here.",
        "You clearly care a lot about {p}.", "That was a brave step.", "You've kept going through all of {t}.",
        "You handled that really well.", "It says a lot about you that you reached out.",
        "You've been so patient with {p}.", "You've done hard things before.", "I'm impressed you kept at it.",
        "You didn't give up, even when {t} got hard.", "That shows real determination.",
        "You're clearly a thoughtful person.", "You've been really honest with yourself.",
        "Well done for getting out of the house.", "You showed a lot of strength {s}.",
        "You managed to {a}, and that's no small thing.", "You've been looking after everyone.",
        "Reaching out tonight took real strength.", "You're being very fair to {p}.",
        "You're a good friend to {p}.", "Good on you for speaking up.", "You should be proud of how far you've come.",
    ],
    "validation": [
        "That makes a lot of sense.", "Anyone would feel {f} after that.", "It's understandable to feel {f}.",
        "Of course you're {f}.", "That sounds really hard.", "No wonder you're {f}.",
        "It's normal to feel {f} {s}.", "Your feelings make sense.", "That would upset anyone.",
        "It's okay to feel {f}.", "It makes sense that you'd want to hide away.", "That sounds exhausting.",
        "Feeling {f} is a natural reaction to {t}.", "Given everything, it's no surprise you feel {f}.",
        "What you're feeling is completely valid.", "That sounds so painful.", "Of course it hurts.",
        "It's hardly surprising you're {f}.", "Lots of people would feel the same.", "That sounds like a lot to deal with.",
        "It's alright to not be okay.", "I can see why that would be {f}.",
    ],
    "advice": [
        "You should {a}.", "Why don't you {a}?", "Have you tried to {a}?", "Maybe {a}.", "Try to {a}.",
        "I think you need to {a}.", "What if you {a}?", "It might help to {a}.", "You could {a}.",
        "You need to {a}.", "My advice would be to {a}.", "Just {a} and see how it goes.",
        "The best thing is to {a}.", "You ought to {a}.", "I'd {a} if I were you.",
        "Make sure you {a}.", "Don't forget to {a}.", "Go and {a}.", "How about you {a}?",
        "You might want to {a}.", "Have you thought about trying to {a}?", "Perhaps {a} this week.",
        "I'd suggest you {a}, and maybe {b} as well.", "First {a}, then {b}.",
    ],
    "information": [
        "The help line is open all night.", "Most GP surgeries can give you an appointment within a week.",
        "Lack of sleep can make anxiety a lot worse.", "The group meets on Tuesdays at seven.",
        "Grief often comes in waves rather than stages.", "Student support is on the second floor of the library.",
        "The text line is free and doesn't show up on phone bills.", "Panic attacks usually peak within ten minutes.",
        "There's a food bank at the community centre on Fridays.", "Counselling through the university is free.",
        "The waiting list is usually about six weeks.", "Alcohol tends to make low mood worse the next day.",
        "The crisis team can visit at home.", "The session lasts about fifty minutes.",
        "Citizens Advice can help with debt letters.", "Those tablets can take a few weeks to work.",
        "This chat closes at midnight.", "The course runs for eight weeks.", "Exercise can ease mild depression.",
        "You can refer yourself to talking therapies online.", "The benefit is paid every four weeks.",
    ],
    "judgment": [
        "You're overreacting.", "That's a silly thing to be {f} about.", "Why would you do that?",
        "Why didn't you just {a}?", "At least you still have {t}.", "It could be worse.", "Stop feeling {f}.",
        "You need to get over {t}.", "Other people have it much harder.", "It's been months, you should be over it.",
        "Is it really that bad?", "You're making a mountain out of a molehill.", "That was a stupid thing to do.",
        "You brought this on yourself.", "Everyone feels like that, it's no big deal.", "Just cheer up.",
        "Why on earth did you tell {p}?", "You're being dramatic.", "Don't be so sensitive.",
        "That's not a real problem.", "You shouldn't feel {f} about that.", "You'll get over it.",
        "Look on the bright side.", "Honestly, that's a bit pathetic.", "Stop worrying so much.",
        "Why do you always let {p} walk all over you?", "You're too soft.", "It's only {t}, it's not the end of the world.",
        "Some people would be grateful for {t}.", "You're blowing it out of proportion.", "Why can't you just let it go?",
        "That's a bad way to think about it.", "You're being selfish.", "Come on, it's not that serious.",
    ],
    "self_disclosure": [
        "When my dad died I felt {f} for a long time too.", "I went through something similar {s}.",
        "I've felt {f} like that myself.", "I remember being scared before my own exams.",
        "When I lost my job I didn't tell anyone for weeks.", "I had panic attacks at college as well.",
        "My sister went through a divorce last year, and I saw how hard it was.", "I know that feeling, I've been there.",
        "I used to feel {f} at night too.", "Personally, I found {t} really hard when it happened to me.",
        "I've had days like that.", "I struggled with {t} for years myself.", "I moved cities on my own once, and it was lonely.",
        "Speaking for myself, I found it hard to ask for help.", "Something like that happened to me.",
    ],
    "other": [
        "Hi, thanks for getting in touch.", "Mm-hmm.", "Okay.", "Right.", "I see.", "Go on.", "Yeah.",
        "Thanks for telling me.", "Take your time.", "Sorry, I didn't catch that.", "Hello, I'm here to listen.",
        "Let's pick this up next week.", "We've got about ten minutes left.",
        "Sure.", "Mm.", "Uh-huh.", "Hmm, okay.", "Good morning.", "Bye for now, take care.", "No problem.",
        "I'm still here.", "Okay, so.", "That's all the time we have today.", "Sorry, go ahead.", "Yes.",
        "Let me just get a pen.", "Thanks.", "You're welcome.", "Okay, let's start.", "Right, okay, yeah.",
        "I'd like to talk about what brought you here.", "Shall we carry on?", "One moment.",
    ],
}


def unique_rows(prefix, made):
    """(skill, family, text) rows from (skill, text) pairs in order, each text once; the family is prefix + skill."""
    rows, seen = [], set()
    for skill, text in made:
        if text not in seen:
            seen.add(text)
            rows.append((skill, prefix + skill, text))
    return rows


def compose(per_frame=4, seed=11):
    rng = random.Random(seed)
    return unique_rows("composed-", ((skill, fill(rng, frame)) for skill in sorted(FRAMES) for frame in FRAMES[skill]
                                     for _ in range(per_frame if "{" in frame else 1)))


if __name__ == "__main__":
    rows = compose()
    counts = {}
    for skill, _, _ in rows:
        counts[skill] = counts.get(skill, 0) + 1
    print(len(rows), counts)
