package io.relulab.sweep;

import io.relulab.diagnostics.Scenario;
import io.relulab.experiment.StudyData;
import io.relulab.experiment.StudySpec;
import io.relulab.experiment.TrialFunction;
import io.relulab.experiment.TrialRunner;
import io.relulab.experiment.TrialSpec;
import io.relulab.nn.NetworkSpec;
import io.relulab.train.TrainingConfig;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs one sweep trial through the study's one trial path ({@link TrialRunner}): the key's setting becomes the
 * trial's scenario (network {@code depth × width} with the key's initialiser, the key's optimiser), the key's
 * activation and seed the trial's, so the generator is the study's ({@link TrialKey#generator()}). Serialisable:
 * it carries the shared settings and the data recipe, and loads the data once per JVM.
 */
public final class SweepTrialRunner implements TrialFunction<SweepTrial, SweepTrialResult> {

    private static final long serialVersionUID = 1L;

    private final SweepSettings settings;

    public SweepTrialRunner(SweepSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public SweepTrialResult apply(SweepTrial trial) {
        TrialKey key = trial.key();
        StudyData data = settings.data().load();
        Scenario scenario = new Scenario(key.setting(), "sweep cell " + key.setting(), key.hiddenSizes(), null, trial.optimizer());
        NetworkSpec network = NetworkSpec.notebook(data.train().columns(), trial.activation()).withInitializer(trial.initializer());
        TrainingConfig training = TrainingConfig.notebook().withEpochs(settings.epochs()).withBatchSize(settings.batchSize());
        StudySpec spec = new StudySpec(data, List.of(trial.activation()), List.of(scenario), List.of(key.seed()), network,
                trial.optimizer(), training, settings.probe(), settings.tau(),
                key.redo() ? Optional.of(settings.redo()) : Optional.empty());
        TrialSpec trialSpec = new TrialSpec(scenario, trial.activation(), key.seed());
        return new SweepTrialResult(key, new TrialRunner(spec).run(trialSpec));
    }
}
