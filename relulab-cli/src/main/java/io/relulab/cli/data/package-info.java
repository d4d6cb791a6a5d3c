/** {@code relulab data ...}: synthetic data generation and train/test splits. */
package io.relulab.cli.data;
