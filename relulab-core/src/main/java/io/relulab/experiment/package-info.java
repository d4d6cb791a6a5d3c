/**
 * Experiments: declarative study specifications, the runner that executes trials (variants × seeds ×
 * scenarios) in parallel with one generator per trial, immutable results with provenance, and the
 * aggregation of trials into per-variant summaries and findings computed from the numbers.
 */
package io.relulab.experiment;
