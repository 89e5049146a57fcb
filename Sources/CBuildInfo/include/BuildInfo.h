#ifndef ALONGSIDE_BUILD_INFO_H
#define ALONGSIDE_BUILD_INFO_H

/// The git commit this binary was built from, or "" when the build was not stamped (`swift build`, `swift run`).
const char *alongside_build_commit(void);

#endif
