package io.relulab.nn;

/**
 * Whether a forward pass is part of training or of inference. Only layers with random behaviour
 * care: RReLU draws a fresh slope per element while training and uses the mean slope otherwise.
 */
public enum Mode {
    /** A training step: random layers draw from their generator. */
    TRAINING,
    /** Prediction and evaluation: deterministic. */
    INFERENCE
}
