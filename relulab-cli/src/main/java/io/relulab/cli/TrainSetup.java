package io.relulab.cli;

import io.relulab.data.PreparedData;
import io.relulab.experiment.Scenario;
import io.relulab.experiment.TrialSpec;
import io.relulab.nn.NetworkSpec;
import io.relulab.optim.OptimizerConfig;
import io.relulab.train.TrainingConfig;

/**
 * Everything one {@code relulab train} run needs, derived from its options by {@link TrainCommand#prepare()}: the
 * data and how it was split, the scenario its defaults come from, and the trial.
 *
 * @param data       the split (and scaled) data; the test part validates every epoch
 * @param dataLabel  {@code notebook} or {@code csv:PATH}
 * @param target     the class column of a CSV file, or {@code null} for the notebook's data
 * @param testSize   the test fraction of the split
 * @param splitSeed  the split's {@code random_state}
 * @param scaled     whether the features were standardised (scaler fitted on the train part)
 * @param scenario   the scenario the run's defaults come from ({@code notebook} when none was named)
 * @param trial      the trial: activation, seed, resolved configuration, monitor and ReDo settings; its generator
 *                   follows the study's seed convention ({@link TrialSpec})
 */
public record TrainSetup(PreparedData data, String dataLabel, String target, double testSize, long splitSeed, boolean scaled,
        Scenario scenario, TrialSpec trial) {

    /** The network's shape. */
    public NetworkSpec network() {
        return trial.network();
    }

    /** The optimiser's hyperparameters. */
    public OptimizerConfig optimizer() {
        return trial.configuration().optimizer();
    }

    /** The trainer's settings (without validation data: the runner validates on the test split). */
    public TrainingConfig training() {
        return trial.configuration().training();
    }

    /** The trial's seed. */
    public long seed() {
        return trial.seed();
    }
}
