package io.relulab.spark;

import io.relulab.experiment.TrialExecutor;
import io.relulab.experiment.TrialExecutorProvider;
import java.util.Map;

/** Provides the {@code spark} engine ({@link SparkTrialExecutor}). */
public final class SparkTrialExecutorProvider implements TrialExecutorProvider {

    @Override
    public String engine() {
        return "spark";
    }

    @Override
    public TrialExecutor create(Map<String, String> settings) {
        return SparkTrialExecutor.start(settings);
    }
}
