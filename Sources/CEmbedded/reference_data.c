// Reference data compiled in with C23 #embed (paths relative to this file). See Data/README.md.
#pragma clang diagnostic ignored "-Wc23-extensions"
#include "CEmbedded.h"

static const unsigned char placeholder[] = { 0 };

static const embedded_file table[] = {
    { "", placeholder, 0 },
};

const embedded_file *embedded_reference(void) { return table; }
unsigned long embedded_reference_count(void) { return 0; }
