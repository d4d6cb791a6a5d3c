package io.relulab.sweep;

import io.relulab.diagnostics.DeadNeuronAnalyzer;
import io.relulab.experiment.PlannedWork;
import io.relulab.experiment.StudyData;
import io.relulab.experiment.TrialConfiguration;
import io.relulab.experiment.TrialFunction;
import io.relulab.experiment.TrialRunner;
import io.relulab.experiment.TrialSpec;
import io.relulab.nn.NetworkSpec;
import io.relulab.train.TrainingConfig;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs one sweep trial through the study's one trial path ({@link TrialSpec} → {@link TrialRunner}): the key's
 * setting ({@link TrialKey#setting()}) is the trial's scenario name, so its generator is the study's convention
 * {@code forStream(seed, labelKey(setting), labelKey(activation))} — it depends on the key alone; the network has
 * the key's hidden layers with the key's initialiser (zero biases, sigmoid output as in
 * the notebook), the optimiser has the key's learning rate, and the key gives the epochs, the shared settings the batch size, probe,
 * τ and ReDo. Serialisable: it carries the shared settings and the data recipe, and loads the data once per JVM.
 */
public final class SweepTrialRunner implements TrialFunction<SweepTrial, SweepTrialResult> {

    private static final long serialVersionUID = 3L;

    private final SweepSettings settings;

    public SweepTrialRunner(SweepSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The study's trial spec for {@code trial}. */
    public TrialSpec spec(SweepTrial trial, int features) {
        TrialKey key = trial.key();
        NetworkSpec network = NetworkSpec.notebook(features, trial.activation())
                .withHiddenSizes(key.hiddenSizes()).withInitializer(trial.initializer());
        TrainingConfig training = TrialConfiguration.DEFAULT_TRAINING.withEpochs(key.epochs()).withBatchSize(settings.batchSize());
        return new TrialSpec(key.setting(), trial.activation(), key.seed(), new TrialConfiguration(network, trial.optimizer(), training),
                new DeadNeuronAnalyzer(settings.probe(), settings.tau()),
                key.redo() ? Optional.of(settings.redo()) : Optional.empty());
    }

    /**
     * States the planned work of {@code trials} ({@link PlannedWork#state}) in this JVM, once before they run.
     *
     * @return whether the vector kernels are engaged for them
     */
    public boolean statePlannedWork(List<SweepTrial> trials) {
        StudyData data = settings.data().load();
        int features = data.train().columns();
        return PlannedWork.state(trials.stream().map(trial -> spec(trial, features)).toList(), data.train().rows());
    }

    @Override
    public SweepTrialResult apply(SweepTrial trial) {
        StudyData data = settings.data().load();
        return new SweepTrialResult(trial.key(), new TrialRunner(data).run(spec(trial, data.train().columns())));
    }
}
