/**
 * Data sets and their preparation: the immutable {@link io.relulab.data.Dataset}, scikit-learn's
 * {@code train_test_split} ({@link io.relulab.data.TrainTestSplit}) and {@code StandardScaler}
 * ({@link io.relulab.data.StandardScaler}) reproduced bit for bit, and CSV loading with one-line
 * errors ({@link io.relulab.data.CsvDatasets}). Algorithms follow {@code docs/specs/sklearn-compat.md}.
 */
package io.relulab.data;
