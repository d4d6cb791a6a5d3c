/*
 * One core's double-precision FMA peak: 12 independent chains of 256-bit fused multiply-adds (AVX2 + FMA),
 * enough to cover the instruction's latency on two FMA pipes. Each vfmadd231pd is 4 lanes x 2 flops.
 *
 * Build and run (Debian: apt-get install gcc):
 *   gcc -O2 -mavx2 -mfma -o /tmp/fma_peak relulab-bench/peers/fma_peak.c && /tmp/fma_peak
 * Prints the best of 7 runs of 2e8 iterations, in GFLOP/s.
 */
#include <immintrin.h>
#include <stdio.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(void) {
    const long iterations = 200000000L / 4;
    double best = 0;
    double sink = 0;
    for (int run = 0; run < 7; run++) {
        __m256d a = _mm256_set1_pd(0.999999), b = _mm256_set1_pd(1e-9);
        __m256d s0 = _mm256_set1_pd(1.0), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0;
        __m256d s6 = s0, s7 = s0, s8 = s0, s9 = s0, s10 = s0, s11 = s0;
        double start = now();
        for (long i = 0; i < iterations; i++) {
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
        double flops = (double) iterations * 12 * 4 * 2;
        if (flops / seconds > best) {
            best = flops / seconds;
        }
        __m256d total = _mm256_add_pd(_mm256_add_pd(_mm256_add_pd(s0, s1), _mm256_add_pd(s2, s3)),
                _mm256_add_pd(_mm256_add_pd(_mm256_add_pd(s4, s5), _mm256_add_pd(s6, s7)),
                        _mm256_add_pd(_mm256_add_pd(s8, s9), _mm256_add_pd(s10, s11))));
        double lanes[4];
        _mm256_storeu_pd(lanes, total);
        sink += lanes[0] + lanes[1] + lanes[2] + lanes[3];
    }
    printf("FMA peak, one core: %.1f GFLOP/s (double, AVX2, best of 7; checksum %.3f)\n", best / 1e9, sink);
    return 0;
}
