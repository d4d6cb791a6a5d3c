package io.relulab.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relulab.activation.Activation;
import io.relulab.activation.LeakyRelu;
import io.relulab.activation.Relu;
import io.relulab.data.Dataset;
import io.relulab.data.synthetic.Datasets;
import io.relulab.nn.Network;
import io.relulab.nn.NetworkSpec;
import io.relulab.optim.AdamConfig;
import io.relulab.random.NumpyRandom;
import io.relulab.train.Trainer;
import io.relulab.train.TrainingConfig;
import io.relulab.train.TrainingListener;
import io.relulab.train.TrainingResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadNeuronMonitorTest {

    static final Dataset TRAIN = Datasets.notebook().train();

    /** The learning rate at which second-layer ReLU units die (the high-lr scenario's). */
    static final double HIGH_LEARNING_RATE = 0.05;

    /** The notebook's network trained with Keras Adam at {@link #HIGH_LEARNING_RATE}. */
    static TrainingResult train(Activation activation, int epochs, long seed, List<TrainingListener> listeners) {
        NumpyRandom random = new NumpyRandom(seed);
        Network network = NetworkSpec.notebook(TRAIN.columns(), activation).build(random);
        return new Trainer(TrainingConfig.notebook().withEpochs(epochs))
                .fit(network, AdamConfig.keras(HIGH_LEARNING_RATE).create(), TRAIN, random, listeners);
    }

    @Test
    void highLearningRateKillsSecondLayerReluUnitsAndWarnsOnce() {
        List<DeadNeuronWarning> warnings = new ArrayList<>();
        DeadNeuronMonitor monitor = new DeadNeuronMonitor(DeadNeuronAnalyzer.defaults(), 0, 0.1, warnings::add);
        train(new Relu(), 3, 0, List.of(monitor));
        assertThat(monitor.initialReport()).isPresent();
        assertThat(monitor.initialReport().orElseThrow().totalDead()).isZero();
        assertThat(monitor.epochReports()).hasSize(3).extracting(DeadNeuronReport::epoch).containsExactly(1, 2, 3);
        assertThat(monitor.epochReports().get(0).step()).isEqualTo(50); // 1600 rows / 32
        int deadAfterEpoch1 = monitor.epochReports().get(0).layer(2).deadCount();
        assertThat(deadAfterEpoch1).isGreaterThanOrEqualTo(4); // >= 12.5 % of 32
        assertThat(monitor.epochReports().get(0).layer(2).newlyDeadUnits()).hasSize(deadAfterEpoch1);
        // crossing 10 % happens once for layer 2 (and it stays above)
        assertThat(warnings).isNotEmpty();
        assertThat(warnings.get(0).layer().hiddenLayer()).isEqualTo(2);
        assertThat(warnings.get(0).message()).contains("of layer2 are dead").contains("threshold 10 %");
        assertThat(monitor.warnings()).isEqualTo(warnings);
        // dead units are inactive too (for ReLU the two coincide)
        for (DeadNeuronReport report : monitor.epochReports()) {
            for (LayerSnapshot layer : report.layers()) {
                assertThat(layer.inactiveUnits()).isEqualTo(layer.deadUnits());
                assertThat(layer.dormantUnits()).containsAll(layer.deadUnits());
            }
        }
    }

    @Test
    void leakyReluHasNoDeadUnitInTheSameScenario() {
        DeadNeuronMonitor monitor = new DeadNeuronMonitor(new DeadNeuronAnalyzer(ProbeSet.full(), 0.1), 0, 0.1, w -> { });
        train(new LeakyRelu(0.1), 3, 0, List.of(monitor));
        assertThat(monitor.epochReports()).allSatisfy(report -> assertThat(report.totalDead()).isZero());
        assertThat(monitor.warnings()).isEmpty();
    }

    @Test
    void monitoringDoesNotChangeTrainingAndStepChecksRunEveryNSteps() {
        TrainingResult plain = train(new Relu(), 2, 4, List.of());
        DeadNeuronMonitor monitor = new DeadNeuronMonitor(DeadNeuronAnalyzer.defaults(), 20, 0.1, w -> { });
        TrainingResult monitored = train(new Relu(), 2, 4, List.of(monitor));
        assertThat(monitored.history()).isEqualTo(plain.history());
        assertThat(monitor.stepReports()).extracting(DeadNeuronReport::step).containsExactly(20L, 40L, 60L, 80L, 100L);
        assertThat(monitor.latest().orElseThrow().epoch()).isEqualTo(2);
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> new DeadNeuronMonitor(DeadNeuronAnalyzer.defaults(), -1, 0.1, w -> { }))
                .hasMessageContaining("checkEverySteps");
        assertThatThrownBy(() -> new DeadNeuronMonitor(DeadNeuronAnalyzer.defaults(), 0, 1.5, w -> { }))
                .hasMessageContaining("warningThreshold");
    }
}
