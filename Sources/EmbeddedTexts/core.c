// The safety router's source texts, embedded with `#embed` rather than SwiftPM's `embedInCode` (which writes a
// Swift array literal of every byte: about a minute of compiling for the 500 KB lexicon, in every build).
#include <string.h>
#include "EmbeddedTexts.h"

#pragma clang diagnostic ignored "-Wc23-extensions"

static const unsigned char lexicon[] = {
#embed "../Safety/Resources/lexicon.tsv"
};
static const unsigned char helplines[] = {
#embed "../Safety/Resources/helplines.tsv"
};
static const unsigned char crisis_phrases[] = {
#embed "../Safety/Resources/crisis-phrases.tsv"
};

alongside_embedded alongside_core_text(const char *name) {
    if (strcmp(name, "lexicon.tsv") == 0) return (alongside_embedded){ lexicon, sizeof lexicon };
    if (strcmp(name, "helplines.tsv") == 0) return (alongside_embedded){ helplines, sizeof helplines };
    if (strcmp(name, "crisis-phrases.tsv") == 0) return (alongside_embedded){ crisis_phrases, sizeof crisis_phrases };
    return (alongside_embedded){ NULL, 0 };
}
