#ifndef ALONGSIDE_SAFETY_IMAGE_H
#define ALONGSIDE_SAFETY_IMAGE_H

#include <stddef.h>

/// The safety router's compiled tables (vocabulary and phrase automaton), built by
/// `scripts/gen-router-image` and embedded read-only in the binary: read in place, never parsed.
const unsigned char *alongside_router_image(void);

/// Size in bytes of `alongside_router_image()`; 0 when no image was generated.
size_t alongside_router_image_size(void);

/// The learned layer's weight table (learned.bin, written by `scripts/safety-model/train`), embedded
/// read-only in the binary and read in place (`LearnedWeightsTable`).
const unsigned char *alongside_learned_weights(void);

/// Size in bytes of `alongside_learned_weights()`.
size_t alongside_learned_weights_size(void);

#endif
