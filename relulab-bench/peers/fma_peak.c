/*
 * One core's double-precision FMA peak: 12 independent chains of fused multiply-adds, enough to cover the
 * instruction's latency on two FMA pipes. Measured with 256-bit vectors (AVX2 + FMA: each vfmadd231pd is
 * 4 lanes x 2 flops) and, when the processor has AVX-512F, also with 512-bit vectors (8 lanes x 2 flops): the
 * JDK's Vector API uses the widest vectors the processor has (DoubleVector.SPECIES_PREFERRED), so the fraction
 * of peak is against the wider of the two.
 *
 * Build and run (Debian: apt-get install gcc):
 *   gcc -O2 -mavx2 -mfma -o /tmp/fma_peak relulab-bench/peers/fma_peak.c && /tmp/fma_peak
 * Prints, per vector width, the best of 7 runs of 2e8 fused multiply-adds per lane, in GFLOP/s.
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

/* Best GFLOP/s of RUNS runs with 256-bit vectors; adds the chains' sum to *sink so that nothing is optimised away. */
static double peak_avx2(double *sink) {
    double best = 0;
    for (int run = 0; run < RUNS; run++) {
        __m256d a = _mm256_set1_pd(0.999999), b = _mm256_set1_pd(1e-9);
        __m256d s0 = _mm256_set1_pd(1.0), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0;
        __m256d s6 = s0, s7 = s0, s8 = s0, s9 = s0, s10 = s0, s11 = s0;
        double start = now();
        for (long i = 0; i < ITERATIONS; i++) {
            s0 = _mm256_fmadd_pd(s0, a, b); s1 = _mm256_fmadd_pd(s1, a, b);
            s2 = _mm256_fmadd_pd(s2, a, b); s3 = _mm256_fmadd_pd(s3, a, b);
            s4 = _mm256_fmadd_pd(s4, a, b); s5 = _mm256_fmadd_pd(s5, a, b);
            s6 = _mm256_fmadd_pd(s6, a, b); s7 = _mm256_fmadd_pd(s7, a, b);
            s8 = _mm256_fmadd_pd(s8, a, b); s9 = _mm256_fmadd_pd(s9, a, b);
            s10 = _mm256_fmadd_pd(s10, a, b); s11 = _mm256_fmadd_pd(s11, a, b);
            __asm__ volatile("" : "+x"(s0), "+x"(s1), "+x"(s2), "+x"(s3), "+x"(s4), "+x"(s5));
            __asm__ volatile("" : "+x"(s6), "+x"(s7), "+x"(s8), "+x"(s9), "+x"(s10), "+x"(s11));
        }
        double seconds = now() - start;
        double flops = (double) ITERATIONS * CHAINS * 4 * 2;
        if (flops / seconds > best) {
            best = flops / seconds;
        }
        __m256d total = _mm256_add_pd(_mm256_add_pd(_mm256_add_pd(s0, s1), _mm256_add_pd(s2, s3)),
                _mm256_add_pd(_mm256_add_pd(_mm256_add_pd(s4, s5), _mm256_add_pd(s6, s7)),
                        _mm256_add_pd(_mm256_add_pd(s8, s9), _mm256_add_pd(s10, s11))));
        double lanes[4];
        _mm256_storeu_pd(lanes, total);
        *sink += lanes[0] + lanes[1] + lanes[2] + lanes[3];
    }
    return best / 1e9;
}

/* As peak_avx2 with 512-bit vectors; call only when the processor has AVX-512F. */
__attribute__((target("avx512f")))
static double peak_avx512(double *sink) {
    double best = 0;
    for (int run = 0; run < RUNS; run++) {
        __m512d a = _mm512_set1_pd(0.999999), b = _mm512_set1_pd(1e-9);
        __m512d s0 = _mm512_set1_pd(1.0), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0;
        __m512d s6 = s0, s7 = s0, s8 = s0, s9 = s0, s10 = s0, s11 = s0;
        double start = now();
        for (long i = 0; i < ITERATIONS; i++) {
            s0 = _mm512_fmadd_pd(s0, a, b); s1 = _mm512_fmadd_pd(s1, a, b);
            s2 = _mm512_fmadd_pd(s2, a, b); s3 = _mm512_fmadd_pd(s3, a, b);
            s4 = _mm512_fmadd_pd(s4, a, b); s5 = _mm512_fmadd_pd(s5, a, b);
            s6 = _mm512_fmadd_pd(s6, a, b); s7 = _mm512_fmadd_pd(s7, a, b);
            s8 = _mm512_fmadd_pd(s8, a, b); s9 = _mm512_fmadd_pd(s9, a, b);
            s10 = _mm512_fmadd_pd(s10, a, b); s11 = _mm512_fmadd_pd(s11, a, b);
            __asm__ volatile("" : "+v"(s0), "+v"(s1), "+v"(s2), "+v"(s3), "+v"(s4), "+v"(s5));
            __asm__ volatile("" : "+v"(s6), "+v"(s7), "+v"(s8), "+v"(s9), "+v"(s10), "+v"(s11));
        }
        double seconds = now() - start;
        double flops = (double) ITERATIONS * CHAINS * 8 * 2;
        if (flops / seconds > best) {
            best = flops / seconds;
        }
        __m512d total = _mm512_add_pd(_mm512_add_pd(_mm512_add_pd(s0, s1), _mm512_add_pd(s2, s3)),
                _mm512_add_pd(_mm512_add_pd(_mm512_add_pd(s4, s5), _mm512_add_pd(s6, s7)),
                        _mm512_add_pd(_mm512_add_pd(s8, s9), _mm512_add_pd(s10, s11))));
        *sink += _mm512_reduce_add_pd(total);
    }
    return best / 1e9;
}

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
