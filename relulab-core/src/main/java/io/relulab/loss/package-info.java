/**
 * Losses fused with their output head and computed from the logits, with their gradients and the
 * accuracy metric: {@link io.relulab.loss.BinaryCrossEntropy} (sigmoid, stable for any logit),
 * {@link io.relulab.loss.CategoricalCrossEntropy} (softmax, integer class labels) and
 * {@link io.relulab.loss.MeanSquaredError} (identity head).
 *
 * <p>Batch losses are means over the batch, as Keras' default {@code sum_over_batch_size} reduction
 * gives them; gradients are those of that mean.
 */
package io.relulab.loss;
