/*
 * fener: the public C API of libfener (umbrella header).
 */
#ifndef FENER_FENER_H
#define FENER_FENER_H

#include "fener/extract.h"
#include "fener/status.h"
#include "fener/version.h"

#endif
