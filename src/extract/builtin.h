/*
 * The dictionaries of data/ compiled into the binary. tools/embed.c writes
 * the table at build time (cmake/embed.cmake, target fener_data); the files
 * are in name order, each NUL-terminated past `len`.
 */
#ifndef FNR_EXTRACT_BUILTIN_H
#define FNR_EXTRACT_BUILTIN_H

#include <stddef.h>

typedef struct fnr_embedded_file {
    const char *name; /* file name without directory ("orgs.tsv"), static */
    const char *data; /* the file's bytes, NUL-terminated, static */
    size_t len;       /* bytes, without the NUL */
} fnr_embedded_file;

extern const fnr_embedded_file fnr_builtin_files[];
extern const size_t fnr_n_builtin_files;

#endif
