/**
 * Honest statistics over seeds: immutable {@link io.relulab.stats.Summary} records (mean, sample
 * standard deviation, Student-t confidence interval) and Welch's unequal-variance t-test, using
 * Apache Commons Statistics for the t distribution.
 */
package io.relulab.stats;
