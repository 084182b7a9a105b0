#ifndef TRACKER_CZLIB_SHIM_H
#define TRACKER_CZLIB_SHIM_H
#include <zlib.h>
#endif
