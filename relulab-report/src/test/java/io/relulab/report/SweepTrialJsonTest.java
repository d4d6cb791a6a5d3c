package io.relulab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relulab.experiment.LayerDeadCounts;
import io.relulab.experiment.TrialHistory;
import io.relulab.experiment.TrialResult;
import io.relulab.experiment.TrialStatus;
import io.relulab.sweep.SweepTrialResult;
import io.relulab.sweep.TrialKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepTrialJsonTest {

    static SweepTrialResult trial(long seed, double testAccuracy) {
        TrialKey key = new TrialKey("leaky_relu:0.1", 0.05, TrialKey.layers(2, 16), "he_normal", "adam", true, 2, "notebook", seed);
        TrialHistory history = new TrialHistory(new double[] {0.6931471805599453, 0.1 + 0.2}, new double[] {0.5, 0.75},
                new double[] {Math.PI, Math.ulp(1.0)}, new double[] {0.4, 0.8});
        List<LayerDeadCounts> dead = List.of(new LayerDeadCounts("layer1", 16, new int[] {3, 4}, new int[] {1, 2}, new int[] {5, 6}),
                new LayerDeadCounts("layer2", 16, new int[] {0, 0}, new int[] {0, 1}, new int[] {2, 2}));
        return new SweepTrialResult(key, new TrialResult(key.setting(), key.activation(), seed, TrialStatus.COMPLETED, 0,
                0.9, testAccuracy, 0.25, 1.0 / 3, history, dead, 1_234_000));
    }

    @Test
    void aLineReadsBackToTheSameTrialBitForBit() {
        SweepTrialResult trial = trial(7, 0.8125);
        String line = SweepTrialJson.write(trial);
        assertThat(line).doesNotContain("\n").startsWith("{\"key\":{\"activation\":\"leaky_relu:0.1\",\"learning_rate\":0.05,");
        assertThat(SweepTrialJson.read(line)).isEqualTo(trial);
        assertThat(line).contains("\"hidden\":[16,16],").contains("\"epochs\":2,");
    }

    @Test
    void aKeyWithLayersOfDifferentWidthsReadsBack() {
        TrialKey key = new TrialKey("relu", 0.01, List.of(64, 32), "rai", "sgd", false, 8, "csv:x.csv", 3);
        SweepTrialResult base = trial(3, 0.5);
        TrialResult t = base.result();
        SweepTrialResult trial = new SweepTrialResult(key, new TrialResult(key.setting(), "relu", 3, t.status(), 0, t.trainAccuracy(),
                t.testAccuracy(), t.trainLoss(), t.testLoss(), t.history(), t.deadCounts(), t.elapsedNanos()));
        assertThat(SweepTrialJson.read(SweepTrialJson.write(trial))).isEqualTo(trial);
    }

    @Test
    void theTrialFieldsAreTheStudysCodec() throws java.io.IOException {
        SweepTrialResult trial = trial(5, 0.625);
        com.fasterxml.jackson.databind.JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(SweepTrialJson.write(trial));
        ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("key");
        assertThat(ResultsJsonReader.readTrial(node, "test")).isEqualTo(trial.result());
        assertThat(node.fieldNames()).toIterable().containsExactly("activation", "scenario", "seed", "status", "diverged_epoch",
                "train_accuracy", "test_accuracy", "train_loss", "test_loss", "history", "dead", "elapsed_ms");
    }

    @Test
    void aDivergedTrialKeepsItsEpochAndItsMissingNumbers() {
        SweepTrialResult base = trial(1, 0.5);
        TrialResult t = base.result();
        SweepTrialResult diverged = new SweepTrialResult(base.key(), new TrialResult(t.scenario(), t.activation(), t.seed(),
                TrialStatus.DIVERGED, 2, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                new TrialHistory(new double[] {0.7, Double.NaN}, new double[] {0.5, 0.5}, new double[] {0.7, 0.7}, new double[] {0.5, 0.5}),
                t.deadCounts(), 0));
        String line = SweepTrialJson.write(diverged);
        assertThat(line).contains("\"test_accuracy\":null").contains("\"diverged_epoch\":2");
        assertThat(SweepTrialJson.read(line)).isEqualTo(diverged);
    }

    @Test
    void aCutLineIsRejectedInOneLine() {
        String line = SweepTrialJson.write(trial(1, 0.5));
        assertThatThrownBy(() -> SweepTrialJson.read(line.substring(0, line.length() / 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a JSON trial line");
        assertThatThrownBy(() -> SweepTrialJson.read("{\"key\":{}}")).isInstanceOf(IllegalArgumentException.class);
    }
}
