/*
 * The sha256 of a document's input bytes (fnr_doc.sha256), taken by
 * fnr_doc_decode before anything else. On x86-64 processors with the SHA
 * extensions the compression runs on them (a few cycles a byte, where the
 * portable code takes tens); everywhere else, and on older processors,
 * libsodium's crypto_hash_sha256 does it. Both give the same digest: the
 * unit tests compare them.
 */
#include <string.h>

#include <sodium.h>

#include "text/text_int.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#    define FNR_SHA_NI 1
#    include <cpuid.h>
#    include <immintrin.h>
#    include <stdatomic.h>
#endif

#ifdef FNR_SHA_NI

/* The round constants, four to a vector as the rounds take them. */
static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

/*
 * Compresses n 64-byte blocks into the state. The state is kept as the
 * instructions want it: one vector holds A, B, E, F and the other C, D, G,
 * H (highest lane first). Each group of four rounds extends the message
 * schedule by four words (W[t] from W[t-16], W[t-15], W[t-7], W[t-2]) and
 * runs two double rounds.
 */
__attribute__((target("sha,sse4.1,ssse3"))) static void blocks_ni(uint32_t st[8],
                                                                  const unsigned char *p, size_t n)
{
    const __m128i bswap = _mm_set_epi8(12, 13, 14, 15, 8, 9, 10, 11, 4, 5, 6, 7, 0, 1, 2, 3);
    __m128i abcd = _mm_loadu_si128((const __m128i *)(const void *)&st[0]); /* lanes a b c d */
    __m128i efgh = _mm_loadu_si128((const __m128i *)(const void *)&st[4]); /* lanes e f g h */
    __m128i badc = _mm_shuffle_epi32(abcd, 0xB1);
    __m128i hgfe = _mm_shuffle_epi32(efgh, 0x1B);
    __m128i abef = _mm_alignr_epi8(badc, hgfe, 8);    /* lanes f e b a */
    __m128i cdgh = _mm_blend_epi16(hgfe, badc, 0xF0); /* lanes h g d c */
    for (; n; n--, p += 64) {
        __m128i abef0 = abef, cdgh0 = cdgh;
        __m128i m[4];
        for (int i = 0; i < 4; i++)
            m[i] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(const void *)(p + 16 * i)),
                                    bswap);
        for (int i = 0; i < 16; i++) {
            __m128i w;
            if (i < 4) {
                w = m[i];
            } else {
                __m128i t = _mm_sha256msg1_epu32(m[i & 3], m[(i + 1) & 3]);
                t = _mm_add_epi32(t, _mm_alignr_epi8(m[(i + 3) & 3], m[(i + 2) & 3], 4));
                w = _mm_sha256msg2_epu32(t, m[(i + 3) & 3]);
                m[i & 3] = w;
            }
            __m128i wk =
                _mm_add_epi32(w, _mm_loadu_si128((const __m128i *)(const void *)&K[4 * i]));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk); /* now A B E F */
            wk = _mm_shuffle_epi32(wk, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, wk);
            /* the two vectors swapped roles twice: abef is A B E F again */
        }
        abef = _mm_add_epi32(abef, abef0);
        cdgh = _mm_add_epi32(cdgh, cdgh0);
    }
    __m128i abfe = _mm_shuffle_epi32(abef, 0x1B); /* lanes a b e f */
    __m128i ghcd = _mm_shuffle_epi32(cdgh, 0xB1); /* lanes g h c d */
    abcd = _mm_blend_epi16(abfe, ghcd, 0xF0);     /* lanes a b c d */
    efgh = _mm_alignr_epi8(ghcd, abfe, 8);        /* lanes e f g h */
    _mm_storeu_si128((__m128i *)(void *)&st[0], abcd);
    _mm_storeu_si128((__m128i *)(void *)&st[4], efgh);
}

/* 1 when the processor has the SHA extensions (and SSSE3, SSE4.1), else 0;
 * asked once. */
static bool have_sha_ni(void)
{
    static atomic_int known = -1;
    int k = atomic_load_explicit(&known, memory_order_relaxed);
    if (k < 0) {
        unsigned a, b, c, d;
        k = 0;
        if (__get_cpuid(1, &a, &b, &c, &d) && (c & (1u << 9)) && (c & (1u << 19)) &&
            __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & (1u << 29)))
            k = 1;
        atomic_store_explicit(&known, k, memory_order_relaxed);
    }
    return k == 1;
}

static void sha256_ni(const unsigned char *p, size_t len, uint8_t out[32])
{
    uint32_t st[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                       0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
    size_t full = len / 64;
    if (full)
        blocks_ni(st, p, full);
    /* the tail, the 0x80 byte and the length in bits: one or two blocks */
    unsigned char last[128] = { 0 };
    size_t rest = len - 64 * full;
    if (rest)
        memcpy(last, p + 64 * full, rest);
    last[rest] = 0x80;
    size_t n_last = rest < 56 ? 64 : 128;
    uint64_t bits = (uint64_t)len * 8;
    for (int i = 0; i < 8; i++)
        last[n_last - 1 - i] = (unsigned char)(bits >> (8 * i));
    blocks_ni(st, last, n_last / 64);
    for (int i = 0; i < 8; i++) {
        out[4 * i] = (uint8_t)(st[i] >> 24);
        out[4 * i + 1] = (uint8_t)(st[i] >> 16);
        out[4 * i + 2] = (uint8_t)(st[i] >> 8);
        out[4 * i + 3] = (uint8_t)st[i];
    }
}

#endif

void fnr__sha256(const void *data, size_t len, uint8_t out[32], bool portable)
{
    const unsigned char *p = data ? data : (const unsigned char *)"";
#ifdef FNR_SHA_NI
    if (!portable && have_sha_ni()) {
        sha256_ni(p, len, out);
        return;
    }
#else
    (void)portable;
#endif
    crypto_hash_sha256(out, p, (unsigned long long)len);
}
