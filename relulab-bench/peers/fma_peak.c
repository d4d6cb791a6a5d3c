/*
 * One core's double-precision FMA peak: 12 independent chains of fused multiply-adds, enough to cover the
 * instruction's latency on two FMA pipes. Measured with 256-bit vectors (AVX2 + FMA: each vfmadd231pd is
 * 4 lanes x 2 flops) and, when the processor has AVX-512F, also with 512-bit vectors (8 lanes x 2 flops): the
 * JDK's Vector API uses the widest vectors the processor has (DoubleVector.SPECIES_PREFERRED), so the fraction
 * of peak is against the wider of the two.
 *
 * Build and run (Debian: apt-get install gcc):
 *   gcc -O2 -mavx2 -mfma -o /tmp/fma_peak relulab-bench/peers/fma_peak.c && /tmp/fma_peak
 * Prints, per vector width, the best of 7 runs of 5e7 iterations (12 fused multiply-adds each), in GFLOP/s.
 */
#include <immintrin.h>
#include <stdio.h>
#include <time.h>

#define RUNS 7
#define ITERATIONS (200000000L / 4)
#define CHAINS 12

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

/* The lanes of a 256-bit vector added up. */
static inline double sum256(__m256d v) {
    double lanes[4];
    _mm256_storeu_pd(lanes, v);
    return lanes[0] + lanes[1] + lanes[2] + lanes[3];
}

/*
 * Defines NAME(double *sink): the best GFLOP/s of RUNS runs of CHAINS independent chains of FMADD on VEC (LANES
 * doubles each), compiled for TARGET; adds the chains' sum (SUM of one vector) to *sink so that nothing is optimised
 * away. The empty asm statements keep the compiler from folding the chains.
 */
#define DEFINE_PEAK(NAME, TARGET, VEC, SET1, FMADD, ADD, SUM, LANES)                                         \
    __attribute__((target(TARGET))) static double NAME(double *sink) {                                        \
        double best = 0;                                                                                      \
        for (int run = 0; run < RUNS; run++) {                                                                \
            VEC a = SET1(0.999999), b = SET1(1e-9);                                                           \
            VEC s0 = SET1(1.0), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0;                                  \
            VEC s6 = s0, s7 = s0, s8 = s0, s9 = s0, s10 = s0, s11 = s0;                                       \
            double start = now();                                                                             \
            for (long i = 0; i < ITERATIONS; i++) {                                                           \
                s0 = FMADD(s0, a, b); s1 = FMADD(s1, a, b); s2 = FMADD(s2, a, b); s3 = FMADD(s3, a, b);       \
                s4 = FMADD(s4, a, b); s5 = FMADD(s5, a, b); s6 = FMADD(s6, a, b); s7 = FMADD(s7, a, b);       \
                s8 = FMADD(s8, a, b); s9 = FMADD(s9, a, b); s10 = FMADD(s10, a, b); s11 = FMADD(s11, a, b);   \
                __asm__ volatile("" : "+v"(s0), "+v"(s1), "+v"(s2), "+v"(s3), "+v"(s4), "+v"(s5));            \
                __asm__ volatile("" : "+v"(s6), "+v"(s7), "+v"(s8), "+v"(s9), "+v"(s10), "+v"(s11));          \
            }                                                                                                 \
            double seconds = now() - start;                                                                   \
            double flops = (double) ITERATIONS * CHAINS * (LANES) * 2;                                        \
            if (flops / seconds > best) {                                                                     \
                best = flops / seconds;                                                                       \
            }                                                                                                 \
            VEC total = ADD(ADD(ADD(s0, s1), ADD(s2, s3)), ADD(ADD(ADD(s4, s5), ADD(s6, s7)),                 \
                    ADD(ADD(s8, s9), ADD(s10, s11))));                                                        \
            *sink += SUM(total);                                                                              \
        }                                                                                                     \
        return best / 1e9;                                                                                    \
    }

DEFINE_PEAK(peak_avx2, "avx2,fma", __m256d, _mm256_set1_pd, _mm256_fmadd_pd, _mm256_add_pd, sum256, 4)
/* Call only when the processor has AVX-512F. */
DEFINE_PEAK(peak_avx512, "avx512f", __m512d, _mm512_set1_pd, _mm512_fmadd_pd, _mm512_add_pd, _mm512_reduce_add_pd, 8)

int main(void) {
    double sink = 0;
    printf("FMA peak, one core: %.1f GFLOP/s (double, AVX2, best of %d)\n", peak_avx2(&sink), RUNS);
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f")) {
        printf("FMA peak, one core: %.1f GFLOP/s (double, AVX-512, best of %d)\n", peak_avx512(&sink), RUNS);
    } else {
        printf("FMA peak, one core: no AVX-512F on this processor\n");
    }
    printf("checksum %.3f\n", sink);
    return 0;
}
