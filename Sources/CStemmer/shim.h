#ifndef TRACKER_CSTEMMER_SHIM_H
#define TRACKER_CSTEMMER_SHIM_H
/* The Snowball stemmers (Debian libstemmer-dev). */
#include <libstemmer.h>
#endif
