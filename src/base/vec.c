/*
 * Vector of fixed-size elements, grown by doubling. Used wherever a module
 * collects an unknown number of records (mentions, edges, rows) before
 * handing them on. Growth is overflow-checked and a failed push leaves the
 * vector untouched.
 */
#include "base/vec.h"

#include <stdint.h>
#include <string.h>

#include "base/alloc.h"

#define VEC_MIN_CAP 8

void fnr_vec_init(fnr_vec *v, size_t elem_size)
{
    v->data = NULL;
    v->len = 0;
    v->cap = 0;
    v->elem_size = elem_size ? elem_size : 1;
}

void fnr_vec_destroy(fnr_vec *v)
{
    if (!v) {
        return;
    }
    fnr_free(v->data);
    v->data = NULL;
    v->len = 0;
    v->cap = 0;
}

void fnr_vec_clear(fnr_vec *v)
{
    v->len = 0;
}

fnr_status fnr_vec_reserve(fnr_vec *v, size_t n)
{
    if (n <= v->cap) {
        return FNR_OK;
    }
    size_t max = SIZE_MAX / v->elem_size;
    if (n > max) {
        return FNR_NOMEM;
    }
    size_t cap = v->cap ? v->cap : VEC_MIN_CAP;
    while (cap < n) {
        cap = cap > max / 2 ? max : cap * 2;
    }
    void *p = fnr_realloc(v->data, cap * v->elem_size);
    if (!p) {
        return FNR_NOMEM;
    }
    v->data = p;
    v->cap = cap;
    return FNR_OK;
}

fnr_status fnr_vec_push(fnr_vec *v, const void *elem)
{
    if (v->len == v->cap) {
        /* elem may point into the vector itself: find it again after growth. */
        const char *base = v->data;
        int inside =
            base && (const char *)elem >= base && (const char *)elem < base + v->len * v->elem_size;
        size_t off = inside ? (size_t)((const char *)elem - base) : 0;
        if (v->len == SIZE_MAX) {
            return FNR_NOMEM;
        }
        fnr_status st = fnr_vec_reserve(v, v->len + 1);
        if (st != FNR_OK) {
            return st;
        }
        if (inside) {
            elem = (const char *)v->data + off;
        }
    }
    memcpy((char *)v->data + v->len * v->elem_size, elem, v->elem_size);
    v->len++;
    return FNR_OK;
}

fnr_status fnr_vec_push_zero(fnr_vec *v, void **out)
{
    if (out) {
        *out = NULL;
    }
    if (v->len == SIZE_MAX) {
        return FNR_NOMEM;
    }
    fnr_status st = fnr_vec_reserve(v, v->len + 1);
    if (st != FNR_OK) {
        return st;
    }
    void *slot = (char *)v->data + v->len * v->elem_size;
    memset(slot, 0, v->elem_size);
    v->len++;
    if (out) {
        *out = slot;
    }
    return FNR_OK;
}

void *fnr_vec_at(const fnr_vec *v, size_t i)
{
    if (i >= v->len) {
        return NULL;
    }
    return (char *)v->data + i * v->elem_size;
}

void fnr_vec_pop(fnr_vec *v)
{
    if (v->len) {
        v->len--;
    }
}
