package io.relulab.sweep;

import io.relulab.activation.Activation;
import io.relulab.nn.Initializer;
import io.relulab.optim.OptimizerConfig;
import java.io.Serializable;
import java.util.Objects;

/**
 * One trial of a sweep: its key and the typed settings the key names (serialisable, to be shipped to a remote
 * executor).
 *
 * @param key the trial's key
 * @param activation the hidden activation ({@code key.activation()} is its spec)
 * @param initializer the kernel initialiser ({@code key.init()} is its spec)
 * @param optimizer the optimiser with the key's learning rate
 */
public record SweepTrial(TrialKey key, Activation activation, Initializer initializer, OptimizerConfig optimizer)
        implements Serializable {

    public SweepTrial {
        Objects.requireNonNull(key, "key");
        if (!activation.spec().equals(key.activation()) || !initializer.spec().equals(key.init())
                || !optimizer.name().equals(key.optimizer()) || optimizer.learningRate() != key.learningRate()) {
            throw new IllegalArgumentException("the settings of trial " + key.id() + " do not match its key");
        }
    }
}
