package io.relulab.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relulab.activation.Relu;
import io.relulab.nn.Network;
import io.relulab.random.NumpyRandom;
import io.relulab.train.TrainingContext;
import io.relulab.train.TrainingListener;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedoTest {

    @Test
    void redoRevivesUnitsAndKeepsFewerDeadInTheHighLearningRateScenario() {
        int epochs = 10;
        for (long seed = 0; seed < 3; seed++) {
            // the monitor checks every 5 steps, before ReDo acts on the same step
            DeadNeuronMonitor plain = new DeadNeuronMonitor(new DeadNeuronAnalyzer(ProbeSet.full(), 0.1), 5, 0.1, w -> { });
            DeadNeuronMonitorTest.train(new Relu(), epochs, seed, List.of(plain));
            DeadNeuronMonitor recycled = new DeadNeuronMonitor(new DeadNeuronAnalyzer(ProbeSet.full(), 0.1), 5, 0.1, w -> { });
            Redo redo = Redo.of(0.1, Redo.DEFAULT_PERIOD, new NumpyRandom(100 + seed));
            DeadNeuronMonitorTest.train(new Relu(), epochs, seed, List.of(recycled, redo));

            // one recycling every 25 steps, except the one due after the very last step
            assertThat(redo.events()).hasSize(epochs * 50 / Redo.DEFAULT_PERIOD - 1);
            assertThat(redo.events().get(0).step()).isEqualTo(Redo.DEFAULT_PERIOD);
            assertThat(redo.events().get(0).recycledUnits().get(1)).isNotEmpty(); // layer 2 had dormant units
            // the check 5 steps after the first recycling sees units revived
            DeadNeuronReport afterFirst = recycled.stepReports().stream()
                    .filter(r -> r.step() == Redo.DEFAULT_PERIOD + 5).findFirst().orElseThrow();
            assertThat(afterFirst.layer(2).revivedUnits()).as("seed %d", seed).isNotEmpty();
            // fewer dead units on average over the run, and at its end
            double meanPlain = plain.stepReports().stream().mapToInt(DeadNeuronReport::totalDead).average().orElseThrow();
            double meanRecycled = recycled.stepReports().stream().mapToInt(DeadNeuronReport::totalDead).average().orElseThrow();
            assertThat(meanRecycled).as("seed %d", seed).isLessThan(0.75 * meanPlain);
            assertThat(recycled.epochReports().get(epochs - 1).totalDead())
                    .isLessThan(plain.epochReports().get(epochs - 1).totalDead());
        }
    }

    @Test
    void outputIsUnchangedAtTheMomentOfRecyclingDuringTraining() {
        // a listener placed right before ReDo and one right after capture the logits on the probe rows
        var features = io.relulab.math.Matrix.wrap(DeadNeuronMonitorTest.TRAIN.rows(), DeadNeuronMonitorTest.TRAIN.columns(),
                DeadNeuronMonitorTest.TRAIN.featuresRowMajor());
        double[][] before = new double[1][];
        double[][] after = new double[1][];
        int[] dormant = new int[1];
        TrainingListener capturingBefore = new TrainingListener() {
            @Override
            public void onBatchEnd(TrainingContext context, int batch, double batchLoss) {
                if (context.stepCount() == 60) {
                    Network network = context.network();
                    before[0] = network.logits(features).data();
                    dormant[0] = new DeadNeuronAnalyzer(ProbeSet.full(), 0.0).analyze(network, features, null, 0, 0).totalDormant();
                }
            }
        };
        TrainingListener capturingAfter = new TrainingListener() {
            @Override
            public void onBatchEnd(TrainingContext context, int batch, double batchLoss) {
                if (context.stepCount() == 60) {
                    after[0] = context.network().logits(features).data();
                }
            }
        };
        // τ = 0 on the full training set: exactly the silent units are recycled, so the logits on those rows are kept
        Redo redo = new Redo(new DeadNeuronAnalyzer(ProbeSet.full(), 0.0), 60, new NumpyRandom(9));
        DeadNeuronMonitorTest.train(new Relu(), 2, 1,
                List.of(capturingBefore, redo, capturingAfter));
        assertThat(dormant[0]).isPositive();
        assertThat(redo.events()).hasSize(1);
        assertThat(redo.events().get(0).total()).isEqualTo(dormant[0]);
        assertThat(after[0]).containsExactly(before[0]);
    }

    @Test
    void theEpochCheckSeesTheNetworkBeforeARecyclingDueAtTheEpochsLastStep() {
        // period 25 divides the 50 steps of an epoch: the recycling due after step 50 waits for the next epoch's start,
        // so the monitor's count after epoch 1 is the one ReDo acted on, not the network recycled a moment ago
        DeadNeuronMonitor monitor = new DeadNeuronMonitor(new DeadNeuronAnalyzer(ProbeSet.full(), 0.1), 0, 0.1, w -> { });
        Redo redo = Redo.of(0.1, Redo.DEFAULT_PERIOD, new NumpyRandom(3));
        DeadNeuronMonitorTest.train(new Relu(), 3, 0, List.of(monitor, redo));
        assertThat(redo.events()).extracting(RecyclingEvent::step).containsExactly(25L, 50L, 75L, 100L, 125L);
        assertThat(redo.events()).extracting(RecyclingEvent::epoch).containsExactly(1, 1, 2, 2, 3);
        for (int epoch = 1; epoch <= 2; epoch++) {
            RecyclingEvent atEpochEnd = redo.events().get(2 * epoch - 1);
            DeadNeuronReport counted = monitor.epochReports().get(epoch - 1);
            assertThat(counted.totalDead()).as("epoch %d", epoch).isEqualTo(atEpochEnd.before().totalDead()).isPositive();
            assertThat(counted.layer(2).deadUnits()).isEqualTo(atEpochEnd.before().layer(2).deadUnits());
        }
    }

    @Test
    void rejectsAZeroPeriod() {
        assertThatThrownBy(() -> Redo.of(0.1, 0, new NumpyRandom(1))).hasMessageContaining("period");
    }
}
