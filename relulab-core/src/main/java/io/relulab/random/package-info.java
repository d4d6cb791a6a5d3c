/**
 * Reproducible randomness. {@link io.relulab.random.NumpyRandom} reproduces numpy's legacy
 * {@code RandomState} (MT19937) draw for draw, so data and initial weights can match a Python run
 * bit for bit; {@link io.relulab.random.GlibcLog} is the C library logarithm its normal generator
 * needs. There is no global generator: every random choice takes a {@code NumpyRandom} instance.
 */
package io.relulab.random;
