/**
 * The Apache Spark engine: a {@link io.relulab.experiment.TrialExecutor} that runs trials as a Spark job
 * ({@code parallelize(specs, partitions).map(trial)}) and streams each partition's results back to the driver as
 * it finishes. Found by the command line through {@link io.relulab.experiment.TrialExecutorProvider}.
 */
package io.relulab.spark;
