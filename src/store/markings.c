/*
 * The algebra of markings every backend shares: may a viewer see a
 * marking, normalised code lists, and the banner analysts read. Pure
 * functions over store.h's fnr_store_marking and fnr_viewer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "store/store.h"

fnr_status fnr_marking_split(const char *list, char ***out, size_t *out_n)
{
    *out = NULL;
    *out_n = 0;
    if (!list || !*list)
        return FNR_OK;
    size_t n = 1;
    for (const char *p = list; *p; p++)
        n += *p == ',';
    char **items = fnr_calloc(n, sizeof *items);
    if (!items)
        return FNR_NOMEM;
    const char *p = list;
    for (size_t i = 0; i < n; i++) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        items[i] = fnr_strndup(p, len);
        if (!items[i]) {
            fnr_marking_split_free(items, i);
            return FNR_NOMEM;
        }
        p = comma ? comma + 1 : p + len;
    }
    *out = items;
    *out_n = n;
    return FNR_OK;
}

void fnr_marking_split_free(char **items, size_t n)
{
    for (size_t i = 0; i < n && items; i++)
        fnr_free(items[i]);
    fnr_free(items);
}

bool fnr_marking_list_has(const char *list, const char *item)
{
    if (!list || !item || !*item)
        return false;
    size_t n = strlen(item);
    const char *p = list;
    while (*p) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        if (len == n && memcmp(p, item, n) == 0)
            return true;
        if (!comma)
            break;
        p = comma + 1;
    }
    return false;
}

bool fnr_marking_visible(const fnr_viewer *v, const fnr_store_marking *m)
{
    if (!v)
        return true;
    if (!m || m->level > v->clearance)
        return false;
    /* Every compartment of the marking must be one the viewer holds. */
    const char *p = m->compartments ? m->compartments : "";
    while (*p) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        bool held = false;
        for (size_t i = 0; i < v->n_compartments && !held; i++)
            held = strlen(v->compartments[i]) == len && memcmp(v->compartments[i], p, len) == 0;
        if (!held)
            return false;
        if (!comma)
            break;
        p = comma + 1;
    }
    if (v->partner && !fnr_marking_list_has(m->rel_to, v->partner))
        return false;
    return true;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

#define CODE_MAX 32

fnr_status fnr_marking_list(const char *const *items, size_t n, char *out, size_t size,
                            fnr_error *err)
{
    if (!out || size == 0)
        return fnr_error_set(err, FNR_INVALID, "no buffer for a marking list");
    out[0] = 0;
    if (n == 0)
        return FNR_OK;
    char(*codes)[CODE_MAX + 1] = fnr_calloc(n, sizeof *codes);
    const char **ptrs = fnr_calloc(n, sizeof *ptrs);
    fnr_status rc = FNR_OK;
    if (!codes || !ptrs) {
        rc = fnr_error_set(err, FNR_NOMEM, "out of memory");
        goto out;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const char *s = items[i] ? items[i] : "";
        /* Surrounding blanks are forgiven ("FRA, NLD"); an empty item is skipped. */
        while (*s == ' ')
            s++;
        size_t len = strlen(s);
        while (len && s[len - 1] == ' ')
            len--;
        if (len == 0)
            continue;
        if (len > CODE_MAX) {
            rc = fnr_error_set(err, FNR_INVALID,
                               "marking code \"%.*s\" is longer than %d characters", (int)len, s,
                               CODE_MAX);
            goto out;
        }
        for (size_t j = 0; j < len; j++) {
            char c = s[j];
            bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '_' || c == '-' || c == '+';
            if (!ok) {
                rc = fnr_error_set(err, FNR_INVALID, "invalid marking code \"%.*s\"", (int)len, s);
                fnr_error_hint(err, "Codes are letters, digits, '_', '-' and '+' (e.g. ALPHA, "
                                    "FRA, NATO).");
                goto out;
            }
            codes[k][j] = (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
        }
        codes[k][len] = 0;
        ptrs[k] = codes[k];
        k++;
    }
    qsort(ptrs, k, sizeof *ptrs, cmp_str);
    size_t used = 0;
    for (size_t i = 0; i < k; i++) {
        if (i && strcmp(ptrs[i], ptrs[i - 1]) == 0)
            continue;
        size_t len = strlen(ptrs[i]);
        if (used + len + 2 > size) {
            rc = fnr_error_set(err, FNR_INVALID, "too many marking codes");
            goto out;
        }
        if (used)
            out[used++] = ',';
        memcpy(out + used, ptrs[i], len);
        used += len;
        out[used] = 0;
    }
out:
    fnr_free(codes);
    fnr_free(ptrs);
    if (rc != FNR_OK)
        out[0] = 0;
    return rc;
}

/* Appends s to out[*used..size), truncating. */
static void put(char *out, size_t size, size_t *used, const char *s)
{
    while (*s && *used + 1 < size)
        out[(*used)++] = *s++;
    out[*used] = 0;
}

void fnr_marking_banner(const fnr_store_marking *m, const char *const *levels, size_t n_levels,
                        char *out, size_t size)
{
    if (!out || size == 0)
        return;
    size_t used = 0;
    out[0] = 0;
    char num[32];
    const char *level = NULL;
    if (m->level >= 0 && (size_t)m->level < n_levels)
        level = levels[m->level];
    if (!level) {
        snprintf(num, sizeof num, "LEVEL %d", m->level);
        level = num;
    }
    put(out, size, &used, level);
    if (m->compartments && *m->compartments) {
        put(out, size, &used, "//");
        for (const char *p = m->compartments; *p && used + 1 < size; p++) {
            char c[2] = { *p == ',' ? '/' : *p, 0 };
            put(out, size, &used, c);
        }
    }
    if (m->rel_to && *m->rel_to) {
        put(out, size, &used, "//REL TO ");
        for (const char *p = m->rel_to; *p && used + 1 < size; p++)
            put(out, size, &used, *p == ',' ? ", " : (char[2]){ *p, 0 });
    }
    if (m->tlp && *m->tlp) {
        put(out, size, &used, "//TLP:");
        for (const char *p = m->tlp; *p && used + 1 < size; p++) {
            char c = *p >= 'a' && *p <= 'z' ? (char)(*p - 'a' + 'A') : *p;
            put(out, size, &used, (char[2]){ c, 0 });
        }
    }
}
