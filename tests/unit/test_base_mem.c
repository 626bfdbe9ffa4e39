/*
 * Unit tests for the memory helpers of src/base/: the allocation wrappers and
 * their failure injection, the arena, the size-capped buffer, the vector and
 * the insertion-ordered hash map. The *_fail_every_n tests make the n-th
 * allocation fail for n = 0, 1, 2, ... until an operation sequence succeeds,
 * checking each time that the failure is reported cleanly; LeakSanitizer
 * (the asan build) fails the run if any failure path leaks.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "base/buf.h"
#include "base/map.h"
#include "base/vec.h"

/* Every test starts and ends with failure injection off. */
static int reset_injection(void **state)
{
    (void)state;
    fnr_alloc_fail_after(-1);
    return 0;
}

/* ---- alloc ---- */

static void test_alloc_counts_and_fails_after_n(void **state)
{
    (void)state;
    unsigned long before = fnr_alloc_count();
    void *a = fnr_malloc(10);
    assert_non_null(a);
    assert_int_equal(fnr_alloc_count(), before + 1);

    fnr_alloc_fail_after(2);
    void *b = fnr_malloc(1);
    void *c = fnr_calloc(2, 8);
    void *d = fnr_malloc(1);
    char *e = fnr_strdup("x");
    assert_non_null(b);
    assert_non_null(c);
    assert_null(d);
    assert_null(e);
    /* Failing stays on until reset, also for realloc. */
    assert_null(fnr_realloc(a, 100));
    fnr_alloc_fail_after(-1);
    void *f = fnr_malloc(1);
    assert_non_null(f);
    assert_int_equal(fnr_alloc_count(), before + 4);
    fnr_free(a);
    fnr_free(b);
    fnr_free(c);
    fnr_free(f);
    fnr_free(NULL);
}

static void test_alloc_fail_after_zero_fails_first(void **state)
{
    (void)state;
    fnr_alloc_fail_after(0);
    assert_null(fnr_malloc(1));
    assert_null(fnr_strndup("abc", 3));
    fnr_alloc_fail_after(-1);
}

static void test_calloc_overflow_and_zero(void **state)
{
    (void)state;
    assert_null(fnr_calloc(SIZE_MAX / 2, 4));
    assert_null(fnr_calloc(SIZE_MAX, SIZE_MAX));
    unsigned char *z = fnr_calloc(16, 4);
    assert_non_null(z);
    for (size_t i = 0; i < 64; i++) {
        assert_int_equal(z[i], 0);
    }
    fnr_free(z);
    /* Zero sizes still give a pointer that can be freed, never NULL. */
    void *p = fnr_calloc(0, 8);
    void *q = fnr_malloc(0);
    assert_non_null(p);
    assert_non_null(q);
    fnr_free(p);
    fnr_free(q);
}

static void test_strdup_strndup(void **state)
{
    (void)state;
    char *a = fnr_strdup("hello");
    assert_string_equal(a, "hello");
    char *b = fnr_strndup("hello world", 5);
    assert_string_equal(b, "hello");
    char *c = fnr_strndup("", 0);
    assert_string_equal(c, "");
    /* Copies len bytes even across a NUL. */
    char *d = fnr_strndup("a\0b", 3);
    assert_memory_equal(d, "a\0b", 4);
    fnr_free(a);
    fnr_free(b);
    fnr_free(c);
    fnr_free(d);
}

/* ---- arena ---- */

static void test_arena_alignment_and_contents(void **state)
{
    (void)state;
    fnr_arena a;
    fnr_arena_init(&a, 256);
    char *ptrs[100];
    for (int i = 0; i < 100; i++) {
        size_t n = (size_t)(i % 7) + 1;
        ptrs[i] = fnr_arena_alloc(&a, n);
        assert_non_null(ptrs[i]);
        assert_int_equal((uintptr_t)ptrs[i] % _Alignof(max_align_t), 0);
        memset(ptrs[i], 'a' + i % 26, n);
    }
    /* Nothing overlapped: each allocation still holds its own bytes. */
    for (int i = 0; i < 100; i++) {
        size_t n = (size_t)(i % 7) + 1;
        for (size_t k = 0; k < n; k++) {
            assert_int_equal(ptrs[i][k], 'a' + i % 26);
        }
    }
    assert_true(a.used >= 100);
    fnr_arena_destroy(&a);
    fnr_arena_destroy(NULL);
}

static void test_arena_big_alloc_and_reset(void **state)
{
    (void)state;
    fnr_arena a;
    fnr_arena_init(&a, 1024);
    char *small = fnr_arena_alloc(&a, 16);
    assert_non_null(small);
    char *big = fnr_arena_alloc(&a, 100000);
    assert_non_null(big);
    memset(big, 1, 100000);
    /* The big block did not retire the current one. */
    char *small2 = fnr_arena_alloc(&a, 16);
    assert_ptr_equal(small2, small + 16);

    char *s = fnr_arena_strndup(&a, "abcdef", 3);
    assert_string_equal(s, "abc");
    int *z = fnr_arena_calloc(&a, 10, sizeof(int));
    for (int i = 0; i < 10; i++) {
        assert_int_equal(z[i], 0);
    }
    assert_null(fnr_arena_calloc(&a, SIZE_MAX / 2, 4));
    assert_null(fnr_arena_alloc(&a, SIZE_MAX - 2));

    fnr_arena_reset(&a);
    assert_int_equal(a.used, 0);
    /* The kept default block is reused: no new allocation needed. */
    unsigned long before = fnr_alloc_count();
    char *again = fnr_arena_alloc(&a, 32);
    assert_non_null(again);
    assert_int_equal(fnr_alloc_count(), before);
    fnr_arena_destroy(&a);
}

/* Builds an arena with several blocks; FNR_NOMEM when an alloc fails. */
static fnr_status arena_sequence(void)
{
    fnr_arena a;
    fnr_arena_init(&a, 128);
    fnr_status st = FNR_OK;
    for (int i = 0; i < 40; i++) {
        char *p = fnr_arena_strndup(&a, "some text that fills", 20);
        if (!p) {
            st = FNR_NOMEM;
            goto out;
        }
        assert_string_equal(p, "some text that fills");
    }
    if (!fnr_arena_alloc(&a, 5000)) {
        st = FNR_NOMEM;
        goto out;
    }
    fnr_arena_reset(&a);
    if (!fnr_arena_calloc(&a, 300, 2)) {
        st = FNR_NOMEM;
        goto out;
    }
out:
    fnr_arena_destroy(&a);
    return st;
}

static void test_arena_fail_every_n(void **state)
{
    (void)state;
    long n = 0;
    for (;; n++) {
        fnr_alloc_fail_after(n);
        fnr_status st = arena_sequence();
        fnr_alloc_fail_after(-1);
        if (st == FNR_OK) {
            break;
        }
        assert_int_equal(st, FNR_NOMEM);
        assert_true(n < 1000);
    }
    assert_true(n > 3); /* several blocks were needed */
}

/* ---- buf ---- */

static void test_buf_append_printf_take(void **state)
{
    (void)state;
    fnr_buf b;
    fnr_buf_init(&b, 0);
    assert_null(b.data);
    assert_int_equal(fnr_buf_puts(&b, "abc"), FNR_OK);
    assert_int_equal(fnr_buf_putc(&b, '-'), FNR_OK);
    assert_int_equal(fnr_buf_printf(&b, "%d/%s", 42, "x"), FNR_OK);
    assert_string_equal(b.data, "abc-42/x");
    assert_int_equal(b.len, 8);
    /* A long printf that does not fit the first try. */
    char big[1000];
    memset(big, 'q', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    assert_int_equal(fnr_buf_printf(&b, "[%s]", big), FNR_OK);
    assert_int_equal(b.len, 8 + 1001);
    assert_int_equal(b.data[8], '[');
    assert_int_equal(b.data[b.len - 1], ']');
    assert_int_equal(b.data[b.len], '\0');

    fnr_buf_reset(&b);
    assert_int_equal(b.len, 0);
    assert_string_equal(b.data, "");
    assert_int_equal(fnr_buf_append(&b, "a\0b", 3), FNR_OK);
    size_t len = 99;
    char *t = fnr_buf_take(&b, &len);
    assert_int_equal(len, 3);
    assert_memory_equal(t, "a\0b", 4);
    assert_null(b.data);
    assert_int_equal(b.len, 0);
    fnr_free(t);

    /* An empty buffer yields "", not NULL. */
    t = fnr_buf_take(&b, &len);
    assert_non_null(t);
    assert_string_equal(t, "");
    assert_int_equal(len, 0);
    fnr_free(t);
    fnr_buf_destroy(&b);
    fnr_buf_destroy(NULL);
}

static void test_buf_cap_toobig(void **state)
{
    (void)state;
    fnr_buf b;
    fnr_buf_init(&b, 10);
    assert_int_equal(fnr_buf_puts(&b, "0123456789"), FNR_OK);
    assert_int_equal(b.len, 10);
    /* One more byte is past the cap; the buffer is unchanged. */
    assert_int_equal(fnr_buf_putc(&b, 'x'), FNR_TOOBIG);
    assert_int_equal(fnr_buf_printf(&b, "%d", 1), FNR_TOOBIG);
    assert_int_equal(fnr_buf_reserve(&b, SIZE_MAX), FNR_TOOBIG);
    assert_int_equal(b.len, 10);
    assert_string_equal(b.data, "0123456789");
    assert_true(b.cap <= 11);
    fnr_buf_destroy(&b);

    /* printf that would fit in the allocation but not under the cap. */
    fnr_buf_init(&b, 70);
    assert_int_equal(fnr_buf_puts(&b, "abc"), FNR_OK);
    assert_int_equal(fnr_buf_printf(&b, "%s",
                                    "0123456789012345678901234567890123456789"
                                    "01234567890123456789012345678"),
                     FNR_TOOBIG);
    assert_string_equal(b.data, "abc");
    assert_int_equal(fnr_buf_printf(&b, "%s", "xyz"), FNR_OK);
    assert_string_equal(b.data, "abcxyz");
    fnr_buf_destroy(&b);

    /* The default cap is huge but still refuses an impossible reserve. */
    fnr_buf_init(&b, 0);
    assert_int_equal(fnr_buf_reserve(&b, SIZE_MAX / 2 + 1), FNR_TOOBIG);
    assert_null(b.data);
    fnr_buf_destroy(&b);
}

static void test_buf_nomem_leaves_buffer_unchanged(void **state)
{
    (void)state;
    fnr_buf b;
    fnr_buf_init(&b, 0);
    assert_int_equal(fnr_buf_puts(&b, "keep"), FNR_OK);
    char big[200];
    memset(big, 'z', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    fnr_alloc_fail_after(0);
    assert_int_equal(fnr_buf_puts(&b, big), FNR_NOMEM);
    assert_int_equal(fnr_buf_printf(&b, "%s", big), FNR_NOMEM);
    fnr_alloc_fail_after(-1);
    assert_int_equal(b.len, 4);
    assert_string_equal(b.data, "keep");
    fnr_buf_destroy(&b);
}

/* Grows a buffer through every function; FNR_NOMEM on the first failure. */
static fnr_status buf_sequence(void)
{
    fnr_buf b;
    fnr_buf_init(&b, 1 << 20);
    fnr_status st = FNR_OK;
    char *t = NULL;
    for (int i = 0; i < 200 && st == FNR_OK; i++) {
        st = fnr_buf_printf(&b, "line %d of the report\n", i);
        if (st == FNR_OK) {
            st = fnr_buf_puts(&b, "more text ");
        }
        if (st == FNR_OK) {
            st = fnr_buf_putc(&b, '.');
        }
    }
    if (st != FNR_OK) {
        /* What was appended before the failure is intact. */
        assert_int_equal(strlen(b.data ? b.data : ""), b.len);
        goto out;
    }
    size_t len = 0;
    t = fnr_buf_take(&b, &len);
    if (!t) {
        st = FNR_NOMEM;
        goto out;
    }
    assert_int_equal(strlen(t), len);
out:
    fnr_free(t);
    fnr_buf_destroy(&b);
    return st;
}

static void test_buf_fail_every_n(void **state)
{
    (void)state;
    long n = 0;
    for (;; n++) {
        fnr_alloc_fail_after(n);
        fnr_status st = buf_sequence();
        fnr_alloc_fail_after(-1);
        if (st == FNR_OK) {
            break;
        }
        assert_int_equal(st, FNR_NOMEM);
        assert_true(n < 1000);
    }
    assert_true(n > 3);
}

/* ---- vec ---- */

typedef struct point {
    int x;
    int y;
} point;

static void test_vec_push_at_pop(void **state)
{
    (void)state;
    fnr_vec v;
    fnr_vec_init(&v, sizeof(point));
    for (int i = 0; i < 1000; i++) {
        point p = { i, -i };
        assert_int_equal(fnr_vec_push(&v, &p), FNR_OK);
    }
    assert_int_equal(v.len, 1000);
    assert_true(v.cap >= 1000);
    for (int i = 0; i < 1000; i++) {
        point *p = fnr_vec_at(&v, (size_t)i);
        assert_int_equal(p->x, i);
        assert_int_equal(FNR_VEC_AT(&v, point, i).y, -i);
    }
    assert_null(fnr_vec_at(&v, 1000));
    long sum = 0;
    FNR_VEC_FOREACH(point, it, &v) {
        sum += it->x;
    }
    assert_int_equal(sum, 999 * 1000 / 2);

    fnr_vec_pop(&v);
    assert_int_equal(v.len, 999);
    point *z = NULL;
    assert_int_equal(fnr_vec_push_zero(&v, (void **)&z), FNR_OK);
    assert_non_null(z);
    assert_int_equal(z->x, 0);
    assert_int_equal(z->y, 0);
    assert_ptr_equal(z, fnr_vec_at(&v, 999));

    /* Pushing an element of the vector itself survives the growth. */
    fnr_vec_clear(&v);
    assert_int_equal(v.len, 0);
    point first = { 7, 8 };
    assert_int_equal(fnr_vec_push(&v, &first), FNR_OK);
    while (v.len < v.cap) {
        assert_int_equal(fnr_vec_push(&v, &first), FNR_OK);
    }
    assert_int_equal(fnr_vec_push(&v, fnr_vec_at(&v, 0)), FNR_OK);
    assert_int_equal(FNR_VEC_AT(&v, point, v.len - 1).x, 7);
    assert_int_equal(FNR_VEC_AT(&v, point, v.len - 1).y, 8);

    fnr_vec_destroy(&v);
    fnr_vec_destroy(NULL);
    fnr_vec_pop(&v); /* empty: no-op */
    assert_int_equal(v.len, 0);
}

static void test_vec_reserve_overflow_and_nomem(void **state)
{
    (void)state;
    fnr_vec v;
    fnr_vec_init(&v, 16);
    assert_int_equal(fnr_vec_reserve(&v, SIZE_MAX / 8), FNR_NOMEM);
    assert_null(v.data);
    int x = 5;
    fnr_vec w;
    fnr_vec_init(&w, sizeof x);
    assert_int_equal(fnr_vec_push(&w, &x), FNR_OK);
    while (w.len < w.cap) {
        assert_int_equal(fnr_vec_push(&w, &x), FNR_OK);
    }
    size_t len = w.len;
    fnr_alloc_fail_after(0);
    assert_int_equal(fnr_vec_push(&w, &x), FNR_NOMEM);
    void *out = &x;
    assert_int_equal(fnr_vec_push_zero(&w, &out), FNR_NOMEM);
    assert_null(out);
    fnr_alloc_fail_after(-1);
    assert_int_equal(w.len, len);
    assert_int_equal(FNR_VEC_AT(&w, int, len - 1), 5);
    fnr_vec_destroy(&w);
    fnr_vec_destroy(&v);
}

/* ---- map ---- */

static void test_hash_spreads(void **state)
{
    (void)state;
    assert_int_equal(fnr_hash("abc", 3), fnr_hash("abc", 3));
    assert_int_not_equal(fnr_hash("abc", 3), fnr_hash("abd", 3));
    assert_int_not_equal(fnr_hash("", 0), fnr_hash("\0", 1));
    assert_int_not_equal(fnr_hash("abcdefgh", 8), fnr_hash("abcdefgh\0", 9));
    /* Sequential keys fill the low bits (the slot index) evenly. */
    int buckets[64] = { 0 };
    for (int i = 0; i < 64000; i++) {
        char k[16];
        int n = snprintf(k, sizeof k, "k%d", i);
        buckets[fnr_hash(k, (size_t)n) & 63]++;
    }
    for (int i = 0; i < 64; i++) {
        assert_in_range(buckets[i], 800, 1200);
    }
}

static void test_map_basic(void **state)
{
    (void)state;
    fnr_map m;
    fnr_map_init(&m);
    void *out = NULL;
    assert_false(fnr_map_get(&m, "a", 1, &out));
    assert_false(fnr_map_remove(&m, "a", 1));
    int v1 = 1;
    int v2 = 2;
    int v3 = 3;
    assert_int_equal(fnr_map_put(&m, "alpha", 5, &v1), FNR_OK);
    assert_int_equal(fnr_map_put(&m, "beta", 4, &v2), FNR_OK);
    assert_int_equal(fnr_map_put(&m, "", 0, &v3), FNR_OK);
    assert_int_equal(m.len, 3);
    assert_true(fnr_map_get(&m, "alpha", 5, &out));
    assert_ptr_equal(out, &v1);
    assert_true(fnr_map_get(&m, "", 0, &out));
    assert_ptr_equal(out, &v3);
    assert_true(fnr_map_get(&m, "beta", 4, NULL));
    assert_false(fnr_map_get(&m, "alph", 4, NULL));
    assert_false(fnr_map_get(&m, "alphax", 6, NULL));

    /* Keys are copied: the caller's buffer may change. */
    char key[] = "gamma";
    assert_int_equal(fnr_map_put(&m, key, 5, &v1), FNR_OK);
    key[0] = 'X';
    assert_true(fnr_map_get(&m, "gamma", 5, NULL));
    assert_false(fnr_map_get(&m, "Xamma", 5, NULL));

    /* Binary keys with NULs. */
    assert_int_equal(fnr_map_put(&m, "a\0b", 3, &v2), FNR_OK);
    assert_true(fnr_map_get(&m, "a\0b", 3, &out));
    assert_ptr_equal(out, &v2);
    assert_false(fnr_map_get(&m, "a\0c", 3, NULL));

    /* Replace keeps the position and the count. */
    assert_int_equal(fnr_map_put(&m, "alpha", 5, &v3), FNR_OK);
    assert_int_equal(m.len, 5);
    size_t it = 0;
    const char *k = NULL;
    size_t klen = 0;
    assert_true(fnr_map_next(&m, &it, &k, &klen, &out));
    assert_string_equal(k, "alpha");
    assert_int_equal(klen, 5);
    assert_ptr_equal(out, &v3);

    assert_true(fnr_map_remove(&m, "alpha", 5));
    assert_false(fnr_map_remove(&m, "alpha", 5));
    assert_false(fnr_map_get(&m, "alpha", 5, NULL));
    assert_int_equal(m.len, 4);
    it = 0;
    assert_true(fnr_map_next(&m, &it, &k, &klen, NULL));
    assert_string_equal(k, "beta");
    /* Re-inserting a removed key puts it at the end. */
    assert_int_equal(fnr_map_put(&m, "alpha", 5, &v1), FNR_OK);
    const char *order[] = { "beta", "", "gamma", "a", "alpha" };
    it = 0;
    for (size_t i = 0; i < 5; i++) {
        assert_true(fnr_map_next(&m, &it, &k, NULL, NULL));
        assert_string_equal(k, order[i]);
    }
    assert_false(fnr_map_next(&m, &it, &k, NULL, NULL));
    fnr_map_destroy(&m);
    fnr_map_destroy(NULL);
}

/* Interning: one copy of each text in the pool, the same offset each time,
 * 0 for NULL. */
static void test_map_intern(void **state)
{
    (void)state;
    fnr_map m;
    fnr_buf pool;
    fnr_map_init(&m);
    fnr_buf_init(&pool, 0);
    assert_int_equal(fnr_buf_putc(&pool, '\0'), FNR_OK);
    uint32_t a = 99, b = 0, c = 0, a2 = 0, n = 7;
    assert_int_equal(fnr_map_intern(&m, &pool, NULL, &n), FNR_OK);
    assert_int_equal(n, 0);
    assert_int_equal(fnr_map_intern(&m, &pool, "2024-05-01", &a), FNR_OK);
    assert_int_equal(fnr_map_intern(&m, &pool, "2025", &b), FNR_OK);
    assert_int_equal(fnr_map_intern(&m, &pool, "", &c), FNR_OK);
    assert_int_equal(fnr_map_intern(&m, &pool, "2024-05-01", &a2), FNR_OK);
    assert_int_equal(a, 1);
    assert_int_equal(a2, a);
    assert_true(b > a && c > b);
    assert_string_equal(pool.data + a, "2024-05-01");
    assert_string_equal(pool.data + b, "2025");
    assert_string_equal(pool.data + c, "");
    assert_int_equal(pool.len, 1 + 11 + 5 + 1);
    fnr_map_destroy(&m);
    fnr_buf_destroy(&pool);
}

static void test_map_100k(void **state)
{
    (void)state;

    enum { N = 100000 };

    fnr_map m;
    fnr_map_init(&m);
    char k[32];
    for (size_t i = 0; i < N; i++) {
        int n = snprintf(k, sizeof k, "key-%zu", i);
        assert_int_equal(fnr_map_put(&m, k, (size_t)n, (void *)(uintptr_t)(i + 1)), FNR_OK);
    }
    assert_int_equal(m.len, N);
    /* Load stays at or under 70% of the slots. */
    assert_true(m.n_entries * 10 <= m.n_slots * 7);
    for (size_t i = 0; i < N; i++) {
        int n = snprintf(k, sizeof k, "key-%zu", i);
        void *out = NULL;
        assert_true(fnr_map_get(&m, k, (size_t)n, &out));
        assert_int_equal((uintptr_t)out, i + 1);
    }
    /* Remove every odd key. */
    for (size_t i = 1; i < N; i += 2) {
        int n = snprintf(k, sizeof k, "key-%zu", i);
        assert_true(fnr_map_remove(&m, k, (size_t)n));
    }
    assert_int_equal(m.len, N / 2);
    /* Iteration yields the even keys in insertion order. */
    size_t it = 0;
    size_t expect = 0;
    const char *key = NULL;
    size_t key_len = 0;
    void *val = NULL;
    while (fnr_map_next(&m, &it, &key, &key_len, &val)) {
        int n = snprintf(k, sizeof k, "key-%zu", expect);
        assert_int_equal(key_len, (size_t)n);
        assert_string_equal(key, k);
        assert_int_equal((uintptr_t)val, expect + 1);
        expect += 2;
    }
    assert_int_equal(expect, N);
    /* Churn: insert new keys past tombstones, forcing rebuilds. */
    for (size_t i = 0; i < N; i++) {
        int n = snprintf(k, sizeof k, "new-%zu", i);
        assert_int_equal(fnr_map_put(&m, k, (size_t)n, NULL), FNR_OK);
        n = snprintf(k, sizeof k, "new-%zu", i);
        assert_true(fnr_map_remove(&m, k, (size_t)n));
    }
    assert_int_equal(m.len, N / 2);
    for (size_t i = 0; i < N; i++) {
        int n = snprintf(k, sizeof k, "key-%zu", i);
        assert_int_equal(fnr_map_get(&m, k, (size_t)n, NULL), i % 2 == 0);
    }
    assert_true(m.n_entries * 10 <= m.n_slots * 7);
    fnr_map_destroy(&m);
}

/* Puts, removes and re-puts keys; FNR_NOMEM on the first failure, and then
 * the map must still hold exactly the keys put before. */
static fnr_status map_sequence(void)
{
    fnr_map m;
    fnr_map_init(&m);
    fnr_status st = FNR_OK;
    char k[16];
    size_t n_done = 0;
    for (size_t i = 0; i < 300; i++) {
        int n = snprintf(k, sizeof k, "k%zu", i);
        st = fnr_map_put(&m, k, (size_t)n, (void *)(uintptr_t)(i + 1));
        if (st != FNR_OK) {
            goto check;
        }
        n_done++;
        if (i % 3 == 0) {
            assert_true(fnr_map_remove(&m, k, (size_t)n));
        }
    }
check:
    /* A failed put left the map as it was. */
    for (size_t i = 0; i < n_done + 1 && i < 300; i++) {
        int n = snprintf(k, sizeof k, "k%zu", i);
        void *out = NULL;
        bool present = i < n_done && i % 3 != 0;
        assert_int_equal(fnr_map_get(&m, k, (size_t)n, &out), present);
        if (present) {
            assert_int_equal((uintptr_t)out, i + 1);
        }
    }
    fnr_map_destroy(&m);
    return st;
}

static void test_map_fail_every_n(void **state)
{
    (void)state;
    long n = 0;
    for (;; n++) {
        fnr_alloc_fail_after(n);
        fnr_status st = map_sequence();
        fnr_alloc_fail_after(-1);
        if (st == FNR_OK) {
            break;
        }
        assert_int_equal(st, FNR_NOMEM);
        assert_true(n < 10000);
    }
    assert_true(n > 200); /* one key copy per put at least */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_alloc_counts_and_fails_after_n, reset_injection,
                                        reset_injection),
        cmocka_unit_test_setup_teardown(test_alloc_fail_after_zero_fails_first, reset_injection,
                                        reset_injection),
        cmocka_unit_test(test_calloc_overflow_and_zero),
        cmocka_unit_test(test_strdup_strndup),
        cmocka_unit_test(test_arena_alignment_and_contents),
        cmocka_unit_test(test_arena_big_alloc_and_reset),
        cmocka_unit_test_setup_teardown(test_arena_fail_every_n, reset_injection, reset_injection),
        cmocka_unit_test(test_buf_append_printf_take),
        cmocka_unit_test(test_buf_cap_toobig),
        cmocka_unit_test_setup_teardown(test_buf_nomem_leaves_buffer_unchanged, reset_injection,
                                        reset_injection),
        cmocka_unit_test_setup_teardown(test_buf_fail_every_n, reset_injection, reset_injection),
        cmocka_unit_test(test_vec_push_at_pop),
        cmocka_unit_test_setup_teardown(test_vec_reserve_overflow_and_nomem, reset_injection,
                                        reset_injection),
        cmocka_unit_test(test_hash_spreads),
        cmocka_unit_test(test_map_basic),
        cmocka_unit_test(test_map_intern),
        cmocka_unit_test(test_map_100k),
        cmocka_unit_test_setup_teardown(test_map_fail_every_n, reset_injection, reset_injection),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
