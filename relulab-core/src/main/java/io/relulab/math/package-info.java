/**
 * Dense row-major {@code double[]} matrices and the few kernels the engine needs: the three
 * product forms A·B, A·Bᵀ and Aᵀ·B written without materialising a transpose, row and column
 * reductions, and numerically stable scalar helpers (two-branch sigmoid, {@code log(1 + eˣ)}).
 *
 * <p>Kernels take raw arrays plus their shapes so that the engine can run them on reusable buffers
 * without allocating. Every kernel adds its terms in a fixed, documented order, so results are
 * bit-identical from run to run and across threads (Java floating point is strict).
 */
package io.relulab.math;
