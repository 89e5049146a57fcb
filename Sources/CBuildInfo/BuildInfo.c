// Why a C target: the commit must reach the binary without dirtying the tree for everyday builds.
// scripts/package writes `alongside_commit.h` (one #define) into its own scratch folder and passes that folder
// with `-Xcc -I`; the include path never changes between commits, so a new commit recompiles this one file and
// relinks, nothing else. Every other build (`swift build`, `swift run`, `swift test`) finds no such header and
// says the commit is unknown. A SwiftPM build-tool plugin running git would do the same on every build, need git
// and a .git folder at build time, and cost every developer build a plugin step.
#include "BuildInfo.h"

#if defined(__has_include)
#if __has_include("alongside_commit.h")
#include "alongside_commit.h"
#endif
#endif

#ifndef ALONGSIDE_COMMIT
#define ALONGSIDE_COMMIT ""
#endif

const char *alongside_build_commit(void) {
    return ALONGSIDE_COMMIT;
}
