/*
 * Vector of fixed-size elements. Elements move when the vector grows: do not
 * keep pointers into it across a push.
 */
#ifndef FNR_BASE_VEC_H
#define FNR_BASE_VEC_H

#include <stddef.h>

#include "fener/status.h"

typedef struct fnr_vec {
    void *data;       /* owned */
    size_t len;       /* elements in use */
    size_t cap;       /* elements allocated */
    size_t elem_size; /* bytes per element */
} fnr_vec;

void fnr_vec_init(fnr_vec *v, size_t elem_size);
void fnr_vec_destroy(fnr_vec *v); /* NULL is fine */
void fnr_vec_clear(fnr_vec *v);   /* len = 0, memory kept */
fnr_status fnr_vec_reserve(fnr_vec *v, size_t n);
/* Copies *elem in; FNR_NOMEM leaves v unchanged. */
fnr_status fnr_vec_push(fnr_vec *v, const void *elem);
/* Appends a zeroed element and returns it through *out. */
fnr_status fnr_vec_push_zero(fnr_vec *v, void **out);
void *fnr_vec_at(const fnr_vec *v, size_t i); /* NULL out of range */
void fnr_vec_pop(fnr_vec *v);

#define FNR_VEC_AT(v, T, i) (((T *)(v)->data)[i])

/* fnr_vec_push(v, &elem) for a vector of T and an lvalue elem of type T:
 * when there is room, the element is assigned in place (a copy the compiler
 * knows the size of, without a call); else fnr_vec_push grows the vector.
 * Evaluates to an fnr_status. For the passes that push one record per
 * word, mention or event. */
#define FNR_VEC_PUSH(v, T, elem)                                                       \
    ((v)->len < (v)->cap ? (((T *)(v)->data)[(v)->len++] = (elem), (fnr_status)FNR_OK) \
                         : fnr_vec_push((v), &(elem)))
#define FNR_VEC_FOREACH(T, it, v) \
    for (T *it = (T *)(v)->data; (v)->len && it < (T *)(v)->data + (v)->len; it++)

#endif
