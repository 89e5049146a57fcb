"""Composes the learned layer's training lines: risk paraphrase families and everyday first-person lines
in English, French, Spanish and German, from frames and word classes written for this project.

Deterministic (seeded). Output: label<TAB>family<TAB>text lines, label 1 = the writer's own risk, 0 = not.
Nothing here is copied from a dataset; lexicon-terms.tsv (Suicide Risk Lexicon, Apache-2.0) widens the
English slot fillers.
"""
import random
from pathlib import Path

import compose_posts
import compose_voices

HERE = Path(__file__).resolve().parent


def lexicon():
    terms = {}
    for line in (HERE / "data" / "lexicon-terms.tsv").read_text().splitlines():
        if line and not line.startswith("#"):
            construct, term = line.split("\t")
            terms.setdefault(construct, []).append(term)
    return terms


def expand(template, rng, slots):
    """Fills {slot} names from `slots` (a choice each) and [a|b|c] inline alternatives."""
    out = template
    for name, values in slots.items():
        while "{" + name + "}" in out:
            out = out.replace("{" + name + "}", rng.choice(values), 1)
    while "[" in out:
        start = out.index("[")
        end = out.index("]", start)
        out = out[:start] + rng.choice(out[start + 1:end].split("|")) + out[end + 1:]
    return " ".join(out.split())


# ---------------------------------------------------------------- English risk frames
EN_SLOTS = {
    "time": ["tonight", "tomorrow", "this weekend", "right now", "after everyone is asleep", "on friday",
             "before morning", "soon", "when my shift ends", "in a few hours", "later"],
    "pills": ["all my pills", "the whole bottle", "every tablet I have", "my whole prescription", "the entire pack",
              "all of my meds", "my sleeping pills", "the painkillers I saved", "everything in the cabinet"],
    "swallow": ["take", "swallow", "down", "neck", "chug"],
    "someone": ["my sister", "my neighbour", "my best friend", "my mum", "my brother", "a coworker", "my ex"],
    "pet": ["my cat", "my dog", "my rabbit", "my fish", "my guitar", "my car", "my games", "my stuff"],
    "people": ["anyone", "nobody", "no one", "not a single person"],
    "feeling": ["empty", "numb", "worthless", "like a ghost", "so tired of everything", "done"],
    "place": ["the bridge", "the roof of my building", "the train line", "the top floor", "the cliffs"],
}
EN_RISK = [
    # intent with means and time
    "i'm going to {swallow} {pills} {time}", "[planning|going|about] to {swallow} {pills} {time}",
    "i [have|got] {pills} [lined up|counted out|ready] on the [desk|bed|table]",
    "i've been [saving|stockpiling|hoarding] my [pills|meds|tablets] for [weeks|a while|months]",
    "[mixing|gonna mix] [vodka|wine|whiskey|alcohol] with {pills} {time}",
    "i'm [going to|gonna] jump {time}", "[thinking about|i keep thinking about] jumping {time}",
    "i'm standing [at|on] {place} [and i don't want to go back|right now|looking down]",
    "i [tied|made|bought] a [knot|noose|rope] [today|earlier|last night] and [it's ready|it's in my room]",
    "[looked up|searched|googled|been reading about] [how much it takes|what dose would do it|how many it takes|the quickest way out|painless ways to go]",
    "i [wrote|finished|updated] my [will|last letter|note to my family|goodbye letters] [today|tonight|this morning]",
    "[i'm giving|i gave|gave] {pet} to {someone} because i won't [need|be around for] [it|them]",
    "[asked|told] {someone} to [look after|take care of|feed] {pet} [after i'm gone|when i'm not here|for good]",
    "this is my last [night|message|post|day]", "[goodbye|bye] [everyone|all of you], [thank you for everything|it's time|i'm sorry]",
    "by the time [anyone|you] [reads|sees] this i'll be [gone|at peace|somewhere else]",
    "i [won't|will not] be [here|around] [much longer|for long|after tonight|next week]",
    "[nobody|no one] would [notice|care|even notice] if i [was gone|disappeared|stopped existing|never woke up]",
    "i won't be a burden [much longer|for long|to anyone soon|after this week]",
    "everyone would be better off [without me|if i wasn't here|if i was gone]",
    "i've [had enough of|had it with|lost the will for] [living|life|being alive|existing]",
    "i [don't|do not] want to [be alive|exist|wake up|be here] anymore",
    "i [just|honestly|really] want [it all to stop|everything to end|to disappear forever|to stop existing|to sleep and never wake up]",
    "[there's|there is] no [point|reason] [in living|to keep going|to be alive|going on]",
    "i can't [do this|keep going|take this|go on] anymore", "i'm [so|completely] [done|finished] with [life|everything|living]",
    "[there's|there is] no way out [of this|for me|anymore]", "i feel [trapped|stuck|caged] and [the only way out is|there's only one way out|i see only one way out]",
    "nothing will ever get better [for me|no matter what|and i'm tired]", "i [have|see] no future", "what's the point of [living|going on|any of it]",
    "i [want|need] [the pain|everything|it] to [end|stop] [for good|forever|permanently]",
    "i [keep|have been] [cutting|burning|scratching|hitting|carving] [myself|my arms|my legs|my skin] [again|every night|lately]",
    "i [relapsed|slipped] [and cut|and hurt myself|with the blade|with self harm] [last night|again|today]",
    "i want to [hurt|punish|cut|burn] myself [so bad|right now|tonight|again]",
    "i [hid|hide] the [cuts|marks|scars|burns] [under my sleeves|from my parents|with long sleeves]",
    "i [would like|'d like|would love] to [die|not wake up|be dead|disappear] [honestly|tbh|tonight|soon]",
    "i [wanted|wished] to [die|be dead|not wake up] [all week|every day|again]",
    "i [tried|attempted] to [end it|kill myself|overdose|take my life] [before|last year|twice] and [i'm thinking about it again|i want to try again|it's back]",
    "i [keep|can't stop] [picturing|imagining|planning] my [funeral|death|way out|last day]",
    "i [feel|am] {feeling} and [i don't see why i should stay|i want out|i'm ready to go|i'm tired of fighting]",
    "[honestly|lately|tbh] i'm [not sure|unsure] i [want to|can] [stay alive|keep living|be here much longer]",
    "[tonight|today] [is the night|is the day|feels like the night] [i end it|i do it|i stop]",
    "i feel like [i'm already gone|i'm fading out|a ghost in my own house|i'm not really here anymore|i've already left] [and nobody notices|and no one would miss me|most days|]",
    "[most days|lately|honestly] i feel like [a ghost|a shadow|i'm already dead inside|i've disappeared] and [nobody sees me|no one would notice if i went|i don't want to come back]",
]
FR_RISK = [
    "je vais [prendre|avaler] [toutes mes pilules|tous mes cachets|toute la boîte] [ce soir|cette nuit|demain]",
    "je [ne veux plus|veux plus] [vivre|exister|me réveiller]", "j'en ai [marre|assez] de [vivre|la vie|tout]",
    "je [suis|me sens] un fardeau pour [tout le monde|ma famille|mes proches]", "personne ne [remarquerait|verrait] si je [disparaissais|n'étais plus là]",
    "je [pense|songe] à [en finir|me tuer|sauter du pont|disparaître] [ce soir|souvent|depuis des semaines]",
    "j'ai [écrit|préparé] [ma lettre d'adieu|mon testament|mes adieux]", "[adieu|au revoir] à tous, [merci pour tout|c'est fini|pardon]",
    "je me [scarifie|coupe|fais du mal] [encore|tous les soirs|depuis des mois]", "il n'y a [aucune issue|plus d'espoir|pas d'avenir] pour moi",
    "je ne serai plus là [demain|bientôt|la semaine prochaine]", "je veux [mourir|que tout s'arrête|dormir pour toujours]",
]
ES_RISK = [
    "me voy a [tomar|tragar] [todas mis pastillas|el bote entero|todo el frasco] [esta noche|mañana|ahora]",
    "ya no quiero [vivir|existir|despertar]", "estoy [harta|harto|cansado|cansada] de [vivir|la vida|todo]",
    "soy una carga para [todos|mi familia|mis padres]", "nadie [notaría|se daría cuenta] si [desaparezco|me muero|ya no estoy]",
    "[pienso|estoy pensando] en [quitarme la vida|matarme|saltar del puente|acabar con todo] [esta noche|a menudo|cada día]",
    "[escribí|dejé] [mi carta de despedida|mi testamento|una nota para mi familia]", "adiós a todos, [gracias por todo|ya no puedo más|lo siento]",
    "me [corto|hago daño|lastimo] [otra vez|cada noche|desde hace meses]", "no hay [salida|esperanza|futuro] para mí",
    "no voy a estar aquí [mañana|mucho tiempo|la próxima semana]", "quiero [morir|morirme|que todo termine|dormir para siempre]",
]
DE_RISK = [
    "ich [nehme|schlucke] [heute Nacht|morgen|gleich] [alle meine Tabletten|die ganze Packung|alles was ich habe]",
    "ich will nicht mehr [leben|aufwachen|existieren]", "ich habe keine Kraft mehr zu leben",
    "ich bin eine Last für [alle|meine Familie|meine Eltern]", "niemand würde [es merken|mich vermissen] wenn ich [weg wäre|nicht mehr da wäre]",
    "ich [denke|überlege] [daran|ernsthaft] mich [umzubringen|vom Dach zu stürzen|von der Brücke zu springen] [heute|oft|jeden Tag]",
    "ich habe [meinen Abschiedsbrief|mein Testament] [geschrieben|fertig]", "lebt wohl [alle|ihr alle], [danke für alles|es ist vorbei|es tut mir leid]",
    "ich [ritze|verletze|schneide] mich [wieder|jeden Abend|seit Monaten]", "es gibt [keinen Ausweg|keine Hoffnung|keine Zukunft] für mich",
    "ich bin [morgen|bald|nächste Woche] nicht mehr da", "ich will [sterben|dass alles aufhört|für immer schlafen]",
]

# ---------------------------------------------------------------- everyday first-person frames (negatives)
EN_EVERYDAY_SLOTS = {
    "time": EN_SLOTS["time"] + ["at 7", "after lunch", "next week", "this morning", "later today"],
    "act": ["go to the gym", "finish my essay", "call my grandma", "cook pasta", "watch the game", "clean my room",
            "take the dog out", "study for my chem test", "play fortnite with the boys", "go to the mall", "fix my bike",
            "bake cookies", "go for a run", "visit my aunt", "paint my nails", "walk to school", "do laundry",
            "start a new book", "practice guitar", "meet my friends at the park", "catch the bus", "order pizza"],
    "thing": ["my phone", "my laptop", "the wifi", "my car", "the printer", "my headphones", "my plant", "the battery"],
    "food": ["pizza", "tacos", "ice cream", "a burger", "sushi", "fries", "pancakes", "chocolate"],
    "pet": EN_SLOTS["pet"], "someone": EN_SLOTS["someone"],
}
EN_EVERYDAY = [
    "i'm going to {act} {time}", "[planning|going|about] to {act} {time}", "i can't wait to {act} {time}",
    "i [have|got] to {act} {time} ugh", "[finally|just] [finished|started] my [homework|shift|exam|project|workout]",
    "{thing} [died|is dead|just died] [again|lol|ugh|right when i needed it]", "this [homework|exam|traffic|heat|class] is killing me",
    "i'd [die|kill] for {food} right now", "i [nearly|almost] died laughing [at that video|in class|lol]",
    "my [feet|legs|back] are killing me after [work|the hike|practice]", "[tired|exhausted] after [work|school|practice|the trip] lol",
    "[giving|gave] {pet} to {someone} [for the weekend|while i'm on holiday|while i travel]",
    "[asked|told] {someone} to [look after|feed|walk] {pet} [this weekend|while i'm away|tomorrow]",
    "i [wrote|finished] my [essay|cover letter|shopping list|birthday card|speech] [today|tonight|this morning]",
    "[bye|goodbye] [everyone|all], see you [tomorrow|monday|next week|after the break]", "this is my last [exam|shift|day at this job|week of school] [yay|finally|!]",
    "i won't be [here|around|online] [tomorrow|this weekend|for a bit], [going camping|visiting family|exams]",
    "nobody [noticed|cared] that i [got a haircut|changed my hair|cleaned the kitchen] lol",
    "i [looked up|searched|googled] [how to bake bread|how to fix a flat tyre|the bus times|cheap flights|a recipe]",
    "[mixing|mixed] [vodka|juice|paint colours|flour] with [lemonade|sugar|water] for the party",
    "i [bought|got] [a rope|a knife|some rope|a new knife] for [camping|the kitchen|climbing|the boat]",
    "i'm [standing|waiting] on [the bridge|the platform|the roof] [taking photos|for the bus|with my friends|watching the sunset]",
    "i [took|had] [my vitamins|an aspirin|my allergy meds|my antibiotics] [this morning|with breakfast|like the doctor said]",
    "i'm [so|really] [bored|hungry|sleepy|excited|nervous] [rn|right now|lol|today]", "[anyone|does anyone] [else|here] [play|like|watch] [minecraft|anime|football|this show]",
    "my [crush|friend|mom|teacher] [texted|called|told] me [back|today|something funny]", "i [hate|love] [mondays|maths|this song|pineapple on pizza] [lol|so much]",
    "[ugh|lol|omg] i [failed|passed|aced] my [test|driving test|quiz] [today|again]", "i [need|want] to [sleep|eat|relax|go outside] [so bad|rn|now]",
    "i'm [done|finished] with [this game|my homework|the dishes|the season] [finally|lol|yay]", "i can't [do|take] [this heat|maths|this level] anymore lol",
    "there's no way [i'm eating that|we lose this game|he said that] lol", "i feel [great|tired|sick|nervous|happy] [today|this week|after the game]",
    "[honestly|tbh] i [want|need] a [nap|holiday|break|new phone]", "i'm not [going|coming] to the party [tonight|tomorrow], too tired",
    "my [grandpa|grandma|dog|cat] died last year and i still miss [him|her|them]", "i [keep|always] [picturing|imagining] my [wedding|dream house|holiday] lol",
    "[we|i] watched a documentary about [suicide prevention|a bridge|the war|overdoses in the news] in class",
    "[how do i|what should i say to] [help|support] a friend who [is sad|says she wants to die|self harms]?",
    "are you thinking about [suicide|hurting yourself]? [i'm here|you can tell me]", "please don't hurt yourself, [we love you|talk to me|you matter]",
    "the [song|movie|book] about [dying|death|a suicide] made me cry", "i'd rather die than [wear that|sing in public|eat broccoli] lol",
]
FR_EVERYDAY = [
    "j'ai [coupé|épluché|haché] les [légumes|oignons|carottes] pour [le dîner|la soupe]",
    "je vais [au cinéma|à la salle de sport|chez ma grand-mère|faire les courses] [ce soir|demain|ce week-end]",
    "j'en ai marre de [ce bouchon|la pluie|ces devoirs|ce jeu] lol", "mon [téléphone|ordi|portable] est mort [encore|ugh]",
    "je [prends|ai pris] [mes vitamines|un doliprane|mon petit déjeuner] [ce matin|tout à l'heure]", "au revoir à tous, à [demain|lundi|la semaine prochaine]",
    "je ne serai pas là [demain|ce week-end], je pars en [vacances|camping|week-end]", "je suis [fatigué|crevé|content|stressé] [aujourd'hui|après le boulot]",
    "j'ai [écrit|fini] [ma dissertation|ma lettre de motivation|ma liste de courses]", "ce [match|cours|devoir] me tue lol",
    "je [confie|laisse] [mon chat|mon chien] à [ma sœur|ma voisine] pendant les vacances", "je veux [dormir|manger une pizza|partir en vacances] [là|maintenant]",
]
ES_EVERYDAY = [
    "voy a [ir al gimnasio|ver el partido|cocinar|estudiar] [esta noche|mañana|este finde]", "estoy harta de [la lluvia|los deberes|este tráfico] jaja",
    "mi [móvil|portátil|teléfono] se murió [otra vez|uf]", "me [tomé|tomo] [las vitaminas|un ibuprofeno|el desayuno] [esta mañana|ahora]",
    "adiós a todos, nos vemos [mañana|el lunes|la semana que viene]", "no voy a estar [mañana|el finde], me voy de [vacaciones|viaje|acampada]",
    "estoy [cansado|cansada|contento|nerviosa] [hoy|después del trabajo]", "[escribí|terminé] [mi ensayo|la carta de presentación|la lista de la compra]",
    "este [examen|calor|partido] me está matando jaja", "le dejo [mi gato|mi perro] a [mi hermana|mi vecina] durante las vacaciones",
]
DE_EVERYDAY = [
    "ich will [heute Nacht|heute Abend|morgen] [ins Kino|tanzen|zu Freunden|schwimmen]",
    "ich gehe [heute Abend|morgen|am Wochenende] [ins Kino|zum Sport|einkaufen|zu Oma]", "ich habe keine Lust mehr auf [den Regen|Hausaufgaben|diesen Stau]",
    "mein [Handy|Laptop|Akku] ist [schon wieder|gerade] tot", "ich [nehme|habe] [meine Vitamine|eine Tablette gegen Kopfweh|mein Frühstück] [heute Morgen|gerade] genommen",
    "tschüss alle, bis [morgen|Montag|nächste Woche]", "ich bin [morgen|am Wochenende] nicht da, ich fahre in den [Urlaub|Campingurlaub]",
    "ich bin [müde|kaputt|froh|nervös] [heute|nach der Arbeit]", "ich habe [meinen Aufsatz|meine Bewerbung|den Einkaufszettel] [geschrieben|fertig]",
    "diese [Prüfung|Hitze|Mathearbeit] bringt mich um lol", "ich gebe [meine Katze|meinen Hund] [meiner Schwester|der Nachbarin] für den Urlaub",
]


# A small grammar of everyday first-person talk, teen and adult, including ordinary low moods.
EN_GRAMMAR_SLOTS = {
    "open": ["", "", "", "ok so ", "lol ", "honestly ", "tbh ", "ngl ", "so ", "guys ", "update: ", "rant: ", "idk why but "],
    "close": ["", "", "", " lol", " haha", " :)", " ugh", " smh", " fr", " lmao", " anyone else?", " help", " 😭", " xd"],
    "clause": [
        "i'm [so|kinda|really|lowkey] [stressed|nervous|anxious|worried] about [my exams|the test|my driving test|the interview|school]",
        "i [feel|felt] [sad|lonely|down|bored|awkward|left out] [today|this week|at the party|on sundays] but [it's fine|i'm ok|my friends helped|it'll pass]",
        "i [cried|teared up|nearly cried] at [the movie|that episode|the ending|my sister's wedding]",
        "i can't sleep because [of the heat|my neighbour is loud|i drank coffee|i'm excited]",
        "my [mom|dad|teacher|boss|sister] [yelled at me|is annoying|took my phone|grounded me|made me clean] [again|today|for no reason]",
        "i [hate|can't stand|love] [my haircut|this weather|school|my job|physics|group projects|this teacher]",
        "i [got|bought|made|found] [a new game|new shoes|a puppy|a job|tickets|a cake] [today|yesterday|finally]",
        "my [life|week|day|summer] [is|was] [so boring|pretty good|chaotic|a mess|amazing|weird]",
        "i [want|need] to [lose weight|get fit|learn piano|save money|get a girlfriend|get a boyfriend|pass maths]",
        "i [broke up with|got dumped by|had a fight with|made up with] my [boyfriend|girlfriend|best friend]",
        "i [have|got] [a cold|a headache|the flu|a sore throat|braces] and [it sucks|i'm staying home|i feel gross]",
        "i [think|feel like] [nobody|no one] [likes my drawings|reads my posts|gets my jokes|replies to my texts]",
        "i'm [tired|exhausted|done] [of this homework|of school|after the game|of waiting]",
        "i [stayed up|was up] [all night|till 4|late] [gaming|studying|watching anime|talking to my crush]",
        "i [failed|messed up|bombed] [my test|the presentation|my audition|the interview] and [i'm annoyed|my parents are mad|i feel dumb]",
        "i [miss|really miss] [my old school|my grandma|summer|my friends from camp|my ex]",
        "i [started|quit|joined] [the gym|football|a band|my job|the chess club|therapy] [last week|today|this year]",
        "i [wish|hope] [it was friday|i had more money|i could travel|summer would come faster|my crush liked me back]",
        "i'm [going|moving|heading] to [a new school|another city|my dad's place|uni|the beach] [next month|soon|tomorrow]",
        "i [keep|always] [forgetting|losing|breaking] my [keys|phone|glasses|charger]",
        "i [don't|do not] [know|get] [what to wear|how to talk to her|why he ignores me|what to major in]",
        "i [feel|am] [ugly|fat|stupid|awkward|short] [in photos|compared to my friends|sometimes] and [it bugs me|i hate it|whatever]",
        "i [just|finally] [turned|am turning] [thirteen|fifteen|sixteen|eighteen|twenty] [today|next week]",
        "i [drew|wrote|made] [a comic|a song|a poem|a video] about [my cat|summer|my crush|the ocean]",
        "i [play|main|grind] [valorant|minecraft|league|roblox|fifa|genshin] [every day|all weekend|with my brother]",
        "i [need|want] advice about [my crush|college apps|my parents|a friend who ghosted me|my first job]",
        "i [ate|had|made] [way too much|pizza|ramen|a huge breakfast|cereal for dinner] [lol|again|tonight]",
        "i [hate|dread] [mondays|gym class|public speaking|the dentist|family dinners]",
        "i feel [so|really|kinda|pretty] [happy|excited|proud|sick|better|great|weird|nervous|bloated|sleepy|confident|old] [today|right now|about it|after that]",
        "i [want|wanna|really want] to [go to|see|try|visit|watch|learn|buy|play|make|join] [that concert|japan|the new movie|sushi|drums|a cat|the team|my cousin|a new game|coding]",
        "i might [go|stay home|dye my hair|get a job|try out|skip the party|ask her out|switch schools] [tomorrow|this year|next week|later]",
        "i'm [thinking about|considering] [getting a tattoo|changing my major|asking her out|learning french|quitting my job|a new phone]",
        "i'm [so|finally|not] ready for [summer|the test|the trip|college|the party|monday|my first date]",
        "[can you|please|i wish they would] stop [spamming|posting|texting me|talking about it|the noise]",
        "i did it[!|, i passed|, i finally asked her|, i finished the marathon|, i got the job]",
        "everyone [in my class|at school|at work|in my family] [is|was] [so nice|weird|loud|obsessed with that show]",
        "i [just|really] [feel like|want] [crying|screaming|laughing|dancing|sleeping] [lol|because of this song|after that game]",
        "i've been [thinking|wondering] about [my future|college|what to study|what job to get|my relationship] [a lot|lately]",
        "[goodbye|bye] [summer|school|holidays|old phone], [hello|welcome] [autumn|uni|work|new phone]",
        "life is [good|hard sometimes|weird|short, eat the cake|busy] [lol|right now|but ok]",
        "i'm [going to|gonna|about to] [kill|smash|crush|destroy|nail|ace] [this exam|it at the gig|my presentation|the interview|leg day|this level]",
        "i [killed|smashed|crushed|nailed|destroyed] [it|the exam|my set|the boss fight] [today|last night|lol]",
        "i'm [dead|dying|deceased|crying] [lol|lmao|😂|this is so funny|at this meme]",
        "i'm so [tired|sleepy|exhausted] i could sleep [forever|for a week|for days|for a year] [lol|after this shift|]",
        "i [could|would] [eat|watch|listen to|play] [this|that song|this show|pizza] forever",
        "my [kids|dog|sister|music|faith|friends|garden] [are|is] my reason to keep going",
        "i [want to|need to|am going to|'m gonna] end [my contract|this call|my subscription|the meeting|this chapter with a twist|things with my girlfriend|my phone plan|the lease|this relationship] [early|now|soon|today|]",
        "i'm [going to|gonna|about to] [kill|smash|crush] [this workout|this headache|the dishes|my to-do list|this essay]",
        "[time to|i'm going to|gonna] hit the [hay|sack|gym|road|books] [soon|now|early tonight|]",
        "i [feel|am] stuck [in my job|on this puzzle|in traffic|with this essay] [again|today|lol|]",
        "i want to live [by the sea|in japan|in a big city|somewhere warm|on a boat] one day",
        "i can't keep going to [those meetings|the gym at 6am|that class|late parties] [anymore|every week]",
        "i feel [safe|calm|okay|better|at peace] [at home now|with my friends|after talking|today]",
        "[my kids|my dog|running|my friends|drawing|my cat] [keep|keeps] me going [on bad days|when it's hard|every day]",
        "i [keep going|keep at it|carry on] [because of my family|for my kids|one day at a time|with my friends' help]",
    ],
}
# Round 7: everyday teen-post sentences that use the generic words the model had learned as risk ("i feel like",
# "i want to", "life", "way", "stop", "done", "gone", "last", "goodbye", "never"), and jokes with death words.
EN_TEEN_SLOTS = {
    "person": ["my crush", "my best friend", "my boyfriend", "my girlfriend", "this girl in my class", "this guy at school",
               "my mom", "my dad", "my little brother", "my sister", "my teacher", "my coach", "my friend group"],
    "thing": ["the new album", "this game", "my new haircut", "the school play", "my art project", "the group chat",
              "the season finale", "my first job", "my driving lessons", "online school", "the science fair", "prom"],
    "feel": ["awkward", "nervous", "excited", "stupid", "weird", "left out", "confused", "annoyed", "embarrassed",
             "old", "jealous", "proud", "lazy", "grumpy", "self conscious"],
}
EN_TEEN = [
    "i feel like [i'm going to explode|i'm going insane|i'm the only one|i'm always the third wheel|nobody gets my jokes] [lol|:o|haha|ngl|]",
    "i feel like {person} [doesn't like me back|is ignoring me|is mad at me|likes someone else] [lol|and it sucks|idk|]",
    "i feel so {feel} around {person} [every time|lately|and i don't know why]",
    "i want to [ask|text|tell|invite] {person} [out|to prom|how i feel|to the movies] but [i'm scared|i'm too shy|idk how]",
    "i want to [quit|leave|stop going to] [my friend group|band practice|the team|this server|that class] [because they're toxic|it's boring|they're mean|]",
    "i just want to [find|talk to|make up with] {person} [again|before summer|and have fun]",
    "i have never been more [uncomfortable|embarrassed|nervous|happy] in my life [lol|than today|omg]",
    "this was the [best|worst|weirdest|longest] day of my life [lol|fr|no cap|]",
    "i just had the last [exam|class|practice|game|day] of [the year|high school|my life|the season] and [i'm kinda sad|i'm free|it's all over now]",
    "[stop|everyone stop|guys stop] [spamming|posting] [memes|that|cringe] [lol|please|i'm begging|]",
    "[what have i done|i've gone and done it again], i [dyed my hair|ate the whole cake|broke my phone|forgot my homework] [lol|😭|]",
    "i'm so done with [online school|this homework|my sister|group projects|this game] [lol|fr|ugh|honestly]",
    "[my|the] {thing} [is|was] [gone|over|done] and [i'm sad|i miss it|i need more|it's the end of an era]",
    "is there a way to [get|make|convince] {person} to [like me|let me stay up|buy me a switch|notice me]?",
    "i'm [so|literally] dead [😂|lmao|lol], {person} [just roasted me|fell off the chair|said the funniest thing]",
    "kill me now, [i have a maths test tomorrow|my mom found my search history|i said love you to the teacher|i have to go to school]",
    "i'm going to [kill|murder|end] {person} [for spoiling the show|if they eat my fries|lol|for real this time] [lol|jk|😂|]",
    "[goodbye|rip|bye bye] [my sleep schedule|my social life|my grades|my allowance|my dignity] [lol|😭|]",
    "i wish i could [go back in time and tell myself|redo] [to study|to not say that|the whole year] [lol|ugh|]",
    "my life is [so boring|literally school, sleep, repeat|a sitcom|chaos] [lol|rn|]",
    "i [have no idea|don't know] what to do with my life after [high school|graduation|this year] [lol|help|]",
    "i never [get|got] [invited to parties|asked out|picked for the team|the last slice] and [it's kinda funny|whatever|lol]",
    "does anyone else feel {feel} when [they eat alone|teachers call on them|their parents talk to their friends]?",
    "[rant|vent]: {person} [yelled at me|took my phone|grounded me|ignored me] [for nothing|again|today] and i'm so {feel}",
    "i [failed|bombed|messed up] [my test|the audition|my driving test] [again|today] and my life is over [lol|jk|😭|]",
    "i want to [stop|quit] [procrastinating|biting my nails|playing games so late|eating junk food] [any tips|help|lol]",
    "if i was [a girl|a boy|rich|taller|a cat] i would [be so happy|buy a horse|sleep all day|be a lesbian|dye my hair] [lol|tbh|]",
    "{thing} [made me cry|hit different|was so good] [ngl|lol|omg|]",
    "i haven't seen {person} in [months|weeks|forever] because of [corona|quarantine|online school|the move]",
    "i [can't stop|keep] [listening to|playing|thinking about|watching] {thing} [lol|send help|😭|]",
    "[pls|please] don't tell anyone but [i still sleep with a teddy|i like {person}|i cried at a movie|i can't swim] [lol|😳|]",
]
# Round 7: more risk paraphrase families (our wording): preparation and means with no death word, past-tense
# attempts, entrapment and hopelessness with no death word, long posts where the risk builds up.
EN_RISK_SLOTS = {
    "prep": ["i [sorted|wrote down] all my passwords for my sister", "i [cancelled|stopped] my [phone contract|gym membership] since i won't need it",
             "i [gave away|handed out] [my books|my clothes|my records] this week", "i [cleaned|tidied] my room so nobody has to do it after",
             "i [wrote|left] letters for [my parents|each of my friends|my little sister] [in the drawer|on my desk]",
             "i [looked up|checked] how [long|much] it would take [to work|before it's over]",
             "i [counted|collected] [the tablets|my meds|the pills] [again|twice|this morning]",
             "i [found|checked] a [high|tall] place [near my flat|on my way home] that would work",
             "i [bought|got] [a rope|rope|charcoal|a hose] and [hid it|it's in the car|it's under my bed]",
             "i made sure [the cat|my dog] will be looked after"],
    "attempt": ["[last year|two years ago|in march|when i was sixteen|a few months ago] i [tried|attempted] to [end it|overdose|hang myself|not be here]",
                "i [swallowed|took] [a bottle of|a whole packet of|too many] [pills|tablets|painkillers] [last week|that night|once] and woke up in hospital",
                "i [survived|lived through] [an attempt|my attempt|it] [and i'm not glad|but part of me wishes i hadn't|and i think about trying again]",
                "[the last time|last time] i tried it didn't work, [next time|this time] i [won't fail|will get it right|will make sure]"],
    "trap": ["i [feel|am] [trapped|stuck|caged|buried] and [nothing|no one] can get me out",
             "every [day|morning] is the same [pain|nothing|grey] and i can't see it ever [changing|ending|getting better]",
             "i'm [so|completely] [tired|exhausted|worn out] of [fighting|trying|pretending|holding on]",
             "i can't [do|take|handle] [it|this|life] [much longer|anymore|any more]",
             "i'm [a burden|a waste of space|nothing but trouble] and [they'd|everyone would] be [fine|happier|lighter] without me",
             "[nothing|no one] [matters|would change] if i [was gone|wasn't here|disappeared]",
             "i've [given up|stopped hoping|run out of reasons] and [i'm just waiting|there's nothing left|i'm done]",
             "[years|months] of [therapy|meds|trying] and [nothing|none of it] [helps|worked], i'm [out of options|done trying|empty]",
             "i don't [see|have] a [future|way forward|reason to stay] [anymore|for me|at all]",
             "i'm [only|just] [here|alive|hanging on] [for my mum|because of my dog|so my sister isn't sad]"],
}
EN_RISK_POST = ["{prep}", "{attempt}", "{trap}", "{trap}. {trap}", "{trap}. {prep}", "{attempt}. {trap}", "{prep}. {prep}"]
# Supportive replies to someone else, news and others' suicidal feelings: not the writer's own risk.
EN_OTHERS = [
    "please don't hurt yourself, [you matter|we'd miss you|talk to someone|call a helpline] [❤|.|!]",
    "[if you're|when you feel] suicidal, [please|] [call|text] [a helpline|someone you trust|988] [right away|tonight|]",
    "my [friend|cousin|classmate|brother] [is|has been|said he was] suicidal and i [don't know how to help|want to support him|told a teacher]",
    "[the article|the news|a documentary|our teacher] [was|talked] about [suicidal teens|suicide rates|suicide prevention] [today|in class|this week]",
    "i'm not suicidal, i'm just [tired|stressed|bored|sad about my grades] [lol|ok|]",
    "you [aren't|are not] a burden, [please stay|we want you here|things can get better]",
    "i [used to be|was] suicidal [years ago|in high school|at fourteen] and [now i'm doing well|therapy helped|i'm glad i stayed]",
    "[hey|hi], i've been there too. [it gets better|stay with us|please reach out], you [deserve help|are not alone]",
]
# What people type at exercise prompts: feelings, times, list items, short replies (must never be asked about).
EN_SHORT_ANSWERS = [
    "done", "end", "the end", "tonight", "today", "tomorrow", "later", "now", "soon", "not sure", "nothing", "no idea",
    "i don't know", "maybe", "ok", "okay", "sure", "fine", "good", "better", "a bit better", "same", "worse", "tired",
    "calm", "calmer", "relaxed", "sleepy", "anxious", "nervous", "sad", "angry", "stressed", "bored", "hungry",
    "i feel calmer", "i feel tired", "i feel sleepy", "i feel a bit calmer", "i feel ok", "i feel the same",
    "i feel better", "i feel worse", "i feel nervous", "i feel sad", "i feel anxious", "i feel stressed", "i feel angry",
    "i want to sleep", "i want to rest", "i want to go to bed", "i want to sleep early tonight", "i need sleep",
    "i'm going to be fired", "i'm going to be late", "i'm going to be ok", "i'm going to bed", "going to bed",
    "i'm done", "i'm finished", "all done", "finished", "that's it", "that's all", "the end of the day",
    "what is the point of this exercise", "what's the point of algebra", "end of story", "tonight at eight",
    "my desk, my phone, the window", "the clock ticking", "birds outside", "coffee", "soap", "my breath",
    "my feet on the floor", "the chair under me", "a car passing", "rain", "the fridge humming",
    "walk the dog", "call my mum", "go for a run", "talk to a friend", "listen to music", "take a shower",
]
EN_GRAMMAR = ["{open}{clause}{close}", "{open}{clause} and {clause}{close}", "{open}{clause}, {clause}{close}"]


def compose(seed=7, per_frame=12, everyday_per_frame=40, teen_per_frame=120):
    rng = random.Random(seed)
    terms = lexicon()
    rows = set()
    for frames, slots, family in [(EN_RISK, EN_SLOTS, "en-risk"), (FR_RISK, {}, "fr-risk"), (ES_RISK, {}, "es-risk"),
                                  (DE_RISK, {}, "de-risk")]:
        for frame in frames:
            for _ in range(per_frame):
                rows.add((1, family, expand(frame, rng, slots)))
    lexicon_frames = {
        "passive": ["i {t}", "honestly i {t}", "lately i just {t}", "sometimes i {t} [tbh|honestly|lol no]", "i {t} every night"],
        "active": ["i'm going to {t}", "i want to {t}", "i keep thinking about how i could {t}", "i might {t} [tonight|soon|this week]"],
        "selfharm": ["i want to {t}", "i did it again, i {t}", "i can't stop the urge to {t}"],
        "burden": ["i'm just a {t}", "i feel like a {t} to everyone", "they'd be {t}"],
        "hopeless": ["i feel {t}", "it's all {t}", "everything is {t} and i can't see a way forward"],
        "trapped": ["i feel {t}", "i'm {t} and i can't see any way out", "[honestly|lately] i'm {t}"],
        "means": ["i have the {t} [ready|right here|next to me] and i'm done", "i [got|bought] {t} [today|tonight] to end it"],
    }
    for construct, frames in lexicon_frames.items():
        for term in terms.get(construct, []):
            for frame in rng.sample(frames, min(2, len(frames))):
                rows.add((1, "lexicon-" + construct, expand(frame.replace("{t}", term), rng, EN_SLOTS)))
    for frames, slots, family in [(EN_EVERYDAY, EN_EVERYDAY_SLOTS, "en-everyday"), (FR_EVERYDAY, {}, "fr-everyday"),
                                  (ES_EVERYDAY, {}, "es-everyday"), (DE_EVERYDAY, {}, "de-everyday")]:
        for frame in frames:
            for _ in range(everyday_per_frame if family == "en-everyday" else everyday_per_frame * 3):
                rows.add((0, family, expand(frame, rng, slots)))
    for frames, slots, label, family in [(EN_TEEN, EN_TEEN_SLOTS, 0, "en-teen"), (EN_OTHERS, {}, 0, "en-others"),
                                         (EN_RISK_POST, EN_RISK_SLOTS, 1, "en-risk-r7")]:
        for frame in frames:
            for _ in range(teen_per_frame):
                rows.add((label, family, expand(expand(frame, rng, slots), rng, {})))
    for answer in EN_SHORT_ANSWERS:
        for variant in (answer, answer.capitalize(), answer + ".", answer + " i guess", "um " + answer):
            rows.add((0, "en-short-answers", variant))
    for _ in range(6000):
        rows.add((0, "en-everyday-grammar", expand(rng.choice(EN_GRAMMAR), rng, EN_GRAMMAR_SLOTS)))
    # Longer lines as people post them: everyday sentences joined, and a risk sentence among everyday ones.
    by = {}
    for label, family, text in sorted(rows):   # sorted: a set's order changes with Python's hash seed
        by.setdefault((label, family[:2]), []).append(text)
    joiners = [". ", ", ", " and ", ". anyway ", "! ", " lol. ", "... "]
    for lang in ["en", "fr", "es", "de"]:
        everyday = by.get((0, lang), [])
        risk = by.get((1, lang), []) + (by.get((1, "le"), []) if lang == "en" else [])
        if not everyday:
            continue
        for _ in range(2500 if lang == "en" else 1200):
            parts = rng.sample(everyday, rng.choice([2, 2, 3, 4]))
            rows.add((0, lang + "-everyday-joined", rng.choice(joiners).join(parts)))
        for _ in range(1500 if lang == "en" else 400):
            parts = rng.sample(everyday, rng.choice([1, 1, 2, 3])) + [rng.choice(risk)]
            rng.shuffle(parts)
            rows.add((1, lang + "-risk-joined", rng.choice(joiners).join(parts)))
    rows.update(compose_posts.posts(random.Random(seed + 8), expand))   # round 8: posts as people write them
    rows.update(compose_voices.voices(random.Random(seed + 10), expand))   # round 10: long-post voices, teen talk
    return sorted(rows)


if __name__ == "__main__":
    import sys
    for label, family, text in compose():
        sys.stdout.write(f"{label}\t{family}\t{text}\n")
