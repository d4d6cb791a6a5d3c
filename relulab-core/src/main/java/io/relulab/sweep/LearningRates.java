package io.relulab.sweep;

import io.relulab.optim.AdamConfig;
import io.relulab.optim.OptimizerConfig;
import io.relulab.optim.RmsPropConfig;
import io.relulab.optim.SgdConfig;

/** Puts a sweep's learning rate into an optimiser template, keeping its other hyperparameters. */
final class LearningRates {

    private LearningRates() {
    }

    /** {@code template} with learning rate {@code learningRate}. */
    static OptimizerConfig withLearningRate(OptimizerConfig template, double learningRate) {
        if (template instanceof AdamConfig adam) {
            return new AdamConfig(learningRate, adam.beta1(), adam.beta2(), adam.epsilon(), adam.epsilonPlacement());
        }
        if (template instanceof SgdConfig sgd) {
            return new SgdConfig(learningRate, sgd.momentum(), sgd.nesterov());
        }
        RmsPropConfig rms = (RmsPropConfig) template;
        return new RmsPropConfig(learningRate, rms.rho(), rms.momentum(), rms.epsilon(), rms.centered());
    }
}
