package io.relulab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.relulab.activation.Relu;
import io.relulab.data.Dataset;
import io.relulab.loss.BinaryCrossEntropy;
import io.relulab.nn.Mode;
import io.relulab.nn.Network;
import io.relulab.nn.NetworkSpec;
import io.relulab.optim.AdamConfig;
import io.relulab.optim.SgdConfig;
import io.relulab.random.NumpyRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainerTest {

    /** Two Gaussian blobs in 4 dimensions, labels 0/1; the last row count is not a multiple of the batch size. */
    static Dataset blobs(int rows, long seed) {
        NumpyRandom random = new NumpyRandom(seed);
        double[] features = new double[rows * 4];
        int[] labels = new int[rows];
        for (int r = 0; r < rows; r++) {
            labels[r] = r % 2;
            for (int c = 0; c < 4; c++) {
                features[r * 4 + c] = random.standardNormal() + (labels[r] == 1 ? 1.0 : -1.0) * (c < 2 ? 1 : 0);
            }
        }
        return Dataset.of(features, rows, 4, labels);
    }

    private static Network network(long seed) {
        return NetworkSpec.of(4, new Relu(), List.of(8, 4)).build(new NumpyRandom(seed));
    }

    @Test
    void learnsSeparableDataAndRecordsKerasStyleHistory() {
        Dataset train = blobs(203, 1);
        Dataset test = blobs(101, 2);
        NumpyRandom random = new NumpyRandom(3);
        Network network = NetworkSpec.of(4, new Relu(), List.of(8, 4)).build(random);
        TrainingConfig config = TrainingConfig.notebook().withEpochs(20).withValidationData(test);
        TrainingResult result = new Trainer(config).fit(network, AdamConfig.keras(0.01).create(), train, random);
        assertThat(result.status()).isEqualTo(TrainingStatus.COMPLETED);
        assertThat(result.epoch()).isEqualTo(20);
        assertThat(result.stopReason()).isNull();
        // 203 rows in batches of 32: 7 batches per epoch (six of 32, one of 11)
        assertThat(result.steps()).isEqualTo(20 * 7);
        History history = result.history();
        assertThat(history.epochs()).isEqualTo(20);
        assertThat(history.accuracy()).hasSize(20);
        assertThat(history.validationLoss()).hasSize(20);
        assertThat(history.loss().get(19)).isLessThan(history.loss().get(0));
        assertThat(result.validation().accuracy()).isGreaterThan(0.8);
        // the last validation entry is the final evaluation of the test set
        assertThat(history.validationLoss().get(19)).isEqualTo(result.validation().loss());
        assertThat(history.validationAccuracy().get(19)).isEqualTo(result.validation().accuracy());
        assertThat(result.training().rows()).isEqualTo(203);
    }

    @Test
    void epochLossIsTheBatchSizeWeightedMeanOfBatchLosses() {
        Dataset train = blobs(70, 1); // batches of 32, 32, 6
        List<double[]> batches = new ArrayList<>();
        List<EpochMetrics> epochs = new ArrayList<>();
        TrainingListener spy = new TrainingListener() {
            @Override
            public void onBatchEnd(TrainingContext context, int batch, double batchLoss) {
                batches.add(new double[] {batch, batchLoss});
            }

            @Override
            public void onEpochEnd(TrainingContext context, EpochMetrics metrics) {
                epochs.add(metrics);
            }
        };
        NumpyRandom random = new NumpyRandom(1);
        new Trainer(TrainingConfig.notebook().withEpochs(1)).fit(network(1), AdamConfig.keras().create(), train, random, List.of(spy));
        assertThat(batches).extracting(b -> (int) b[0]).containsExactly(0, 1, 2);
        double expected = (batches.get(0)[1] * 32 + batches.get(1)[1] * 32 + batches.get(2)[1] * 6) / 70;
        assertThat(epochs.get(0).loss()).isEqualTo(expected);
        assertThat(epochs.get(0).hasValidation()).isFalse();
        assertThat(epochs.get(0).steps()).isEqualTo(3);
    }

    @Test
    void shufflingUsesNumpyPermutationDrawsFromTheTrialGenerator() {
        Dataset train = blobs(40, 1);
        NumpyRandom random = new NumpyRandom(9);
        NumpyRandom replay = random.copy();
        int[][] seenFirstRow = new int[1][];
        Network net = network(1);
        TrainingStep step = new TrainingStep(net, AdamConfig.keras().create(), new BinaryCrossEntropy());
        new Trainer(TrainingConfig.notebook().withEpochs(2)).fit(net, AdamConfig.keras().create(), train, random);
        // two epochs consume exactly two permutations of 40
        replay.permutation(40);
        replay.permutation(40);
        assertThat(random.nextLong()).isEqualTo(replay.nextLong());
        assertThat(step).isNotNull();
        assertThat(seenFirstRow[0]).isNull();
    }

    @Test
    void listenerEventsComeInTheDocumentedOrder() {
        List<String> events = new ArrayList<>();
        TrainingListener recorder = new TrainingListener() {
            @Override
            public void onTrainingStart(TrainingContext context) {
                events.add("start");
            }

            @Override
            public void onEpochStart(TrainingContext context, int epoch) {
                events.add("epoch" + epoch + ":" + context.epoch());
            }

            @Override
            public void onBatchEnd(TrainingContext context, int batch, double batchLoss) {
                events.add("batch" + batch + "@" + context.stepCount());
            }

            @Override
            public void onEpochEnd(TrainingContext context, EpochMetrics metrics) {
                events.add("end" + metrics.epoch() + ":history" + context.history().epochs());
            }

            @Override
            public void onTrainingEnd(TrainingContext context, TrainingResult result) {
                events.add("finish:" + result.status().label());
            }
        };
        new Trainer(TrainingConfig.notebook().withEpochs(2).withBatchSize(25)).fit(network(1), AdamConfig.keras().create(),
                blobs(40, 1), new NumpyRandom(1), List.of(recorder));
        assertThat(events).containsExactly("start", "epoch1:1", "batch0@1", "batch1@2", "end1:history1", "epoch2:2", "batch0@3",
                "batch1@4", "end2:history2", "finish:completed");
    }

    @Test
    void aStopRequestedInABatchEndsTheEpochAfterThatBatch() {
        TrainingListener stopper = new TrainingListener() {
            @Override
            public void onBatchEnd(TrainingContext context, int batch, double batchLoss) {
                if (context.epoch() == 2 && batch == 0) {
                    context.requestStop("enough");
                }
            }
        };
        TrainingResult result = new Trainer(TrainingConfig.notebook().withEpochs(5)).fit(network(1), AdamConfig.keras().create(),
                blobs(100, 1), new NumpyRandom(1), List.of(stopper));
        assertThat(result.status()).isEqualTo(TrainingStatus.STOPPED_EARLY);
        assertThat(result.stopReason()).isEqualTo("enough");
        assertThat(result.epoch()).isEqualTo(2);
        assertThat(result.steps()).isEqualTo(4 + 1);
        assertThat(result.history().epochs()).isEqualTo(2);
        assertThat(result.training()).isNotNull();
    }

    @Test
    void absurdLearningRateDivergesWithTheEpochAndNoNumbers() {
        // ReLU with SGD at lr 1e6: the loss explodes (then every unit dies and it would sit at a finite value)
        NumpyRandom random = new NumpyRandom(0);
        Network network = NetworkSpec.notebook(4, new Relu()).build(random);
        TrainingConfig config = TrainingConfig.notebook().withValidationData(blobs(50, 3));
        TrainingResult result = new Trainer(config).fit(network, new SgdConfig(1e6).create(), blobs(200, 1), random);
        assertThat(result.status()).isEqualTo(TrainingStatus.DIVERGED);
        assertThat(result.epoch()).isEqualTo(1);
        assertThat(result.stopReason()).startsWith("the training loss exploded to ").contains("batch", "of epoch 1");
        assertThat(result.training()).isNull();
        assertThat(result.validation()).isNull();
        assertThat(result.history().epochs()).isZero();
    }

    @Test
    void nonFiniteLossesDivergeEvenWithoutTheExplosionTest() {
        NumpyRandom random = new NumpyRandom(0);
        Network network = NetworkSpec.notebook(4, new io.relulab.activation.LeakyRelu(0.1)).build(random);
        TrainingConfig config = TrainingConfig.notebook()
                .withDivergenceGuard(new DivergenceGuard(true, Double.POSITIVE_INFINITY));
        TrainingResult result = new Trainer(config).fit(network, new SgdConfig(1e3).create(), blobs(200, 1), random);
        assertThat(result.status()).isEqualTo(TrainingStatus.DIVERGED);
        assertThat(result.stopReason()).matches("the training loss became (NaN|Infinity) in batch \\d+ of epoch \\d+");
        for (double loss : result.history().loss()) {
            assertThat(loss).isFinite();
        }
        assertThat(result.history().epochs()).isEqualTo(result.epoch() - 1);
    }

    @Test
    void theGuardCanBeSwitchedOff() {
        NumpyRandom random = new NumpyRandom(0);
        Network network = NetworkSpec.notebook(4, new Relu()).build(random);
        TrainingResult result = new Trainer(TrainingConfig.notebook().withEpochs(2).withDivergenceGuard(DivergenceGuard.OFF))
                .fit(network, new SgdConfig(1e6).create(), blobs(200, 1), random);
        assertThat(result.status()).isEqualTo(TrainingStatus.COMPLETED);
        assertThatThrownBy(() -> new DivergenceGuard(true, 1.0)).hasMessageContaining("loss explosion factor = 1.0");
    }

    @Test
    void earlyStoppingRestoresTheBestWeights() {
        Dataset train = blobs(200, 1);
        Dataset validation = blobs(100, 2);
        List<double[][]> weightsPerEpoch = new ArrayList<>();
        TrainingListener snapshots = new TrainingListener() {
            @Override
            public void onEpochEnd(TrainingContext context, EpochMetrics metrics) {
                weightsPerEpoch.add(context.network().copyParameterValues());
            }
        };
        NumpyRandom random = new NumpyRandom(4);
        Network network = network(4);
        // a high learning rate makes val_loss rise soon
        TrainingConfig config = TrainingConfig.notebook().withEpochs(200).withValidationData(validation)
                .withEarlyStopping(EarlyStopping.onValidationLoss(3));
        TrainingResult result = new Trainer(config).fit(network, AdamConfig.keras(0.05).create(), train, random, List.of(snapshots));
        assertThat(result.status()).isEqualTo(TrainingStatus.STOPPED_EARLY);
        List<Double> valLoss = result.history().validationLoss();
        int best = 0;
        for (int e = 1; e < valLoss.size(); e++) {
            if (valLoss.get(e) < valLoss.get(best)) {
                best = e;
            }
        }
        assertThat(result.epoch()).isEqualTo(best + 1 + 3);
        assertThat(result.stopReason()).contains("restored the weights of epoch " + (best + 1));
        double[][] restored = network.copyParameterValues();
        for (int p = 0; p < restored.length; p++) {
            assertThat(restored[p]).containsExactly(weightsPerEpoch.get(best)[p]);
        }
        assertThat(result.validation().loss()).isCloseTo(valLoss.get(best), within(1e-12));
    }

    @Test
    void badInputsAreRejectedWithOneLineMessages() {
        assertThatThrownBy(() -> TrainingConfig.notebook().withEpochs(0)).hasMessage("epochs = 0; expected >= 1");
        assertThatThrownBy(() -> TrainingConfig.notebook().withBatchSize(-3)).hasMessage("batch size = -3; expected >= 1");
        assertThatThrownBy(() -> TrainingConfig.notebook().withEarlyStopping(EarlyStopping.onValidationLoss(2)))
                .hasMessageContaining("no validation data");
        Dataset threeClasses = Dataset.of(new double[8], 2, 4, new int[] {0, 2});
        assertThatThrownBy(() -> new Trainer(TrainingConfig.notebook()).fit(network(1), AdamConfig.keras().create(), threeClasses,
                new NumpyRandom(1))).hasMessage("training data labels: row 1 has label 2.0; binary cross-entropy expects 0 or 1");
        Dataset wide = Dataset.of(new double[10], 2, 5, new int[] {0, 1});
        assertThatThrownBy(() -> new Trainer(TrainingConfig.notebook()).fit(network(1), AdamConfig.keras().create(), wide,
                new NumpyRandom(1))).hasMessage("training data has 5 feature columns; the network expects 4");
    }

    @Test
    void rreluTrainsInTrainingModeAndEvaluatesInInferenceMode() {
        NumpyRandom random = new NumpyRandom(5);
        Network network = NetworkSpec.of(4, new io.relulab.activation.Rrelu(), List.of(8)).build(random);
        Dataset train = blobs(64, 1);
        TrainingResult result = new Trainer(TrainingConfig.notebook().withEpochs(3)).fit(network, AdamConfig.keras().create(), train,
                random);
        assertThat(result.status()).isEqualTo(TrainingStatus.COMPLETED);
        // final evaluation is deterministic (inference mode)
        double[] first = network.forward(new double[] {1, 2, 3, 4}, 1, Mode.INFERENCE).clone();
        double[] second = network.forward(new double[] {1, 2, 3, 4}, 1, Mode.INFERENCE);
        assertThat(second[0]).isEqualTo(first[0]);
    }
}
