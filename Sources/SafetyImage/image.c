// The router image is a checked-in binary file produced by `scripts/gen-router-image` (see docs/performance.md).
// `#embed` places its bytes in read-only data, so start-up maps them instead of building the tables.
// The learned layer's weights (learned.bin, written by `scripts/safety-model/train`) are embedded the same way.
#include "SafetyImage.h"

#pragma clang diagnostic ignored "-Wc23-extensions"

_Alignas(16) static const unsigned char image[] = {
#embed "router.bin" if_empty(0)
};

const unsigned char *alongside_router_image(void) { return image; }

size_t alongside_router_image_size(void) { return sizeof image > 1 ? sizeof image : 0; }

_Alignas(16) static const unsigned char learned[] = {
#embed "learned.bin"
};

const unsigned char *alongside_learned_weights(void) { return learned; }

size_t alongside_learned_weights_size(void) { return sizeof learned; }
