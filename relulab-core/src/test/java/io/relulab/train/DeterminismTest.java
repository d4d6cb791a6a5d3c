package io.relulab.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.activation.Activation;
import io.relulab.activation.Elu;
import io.relulab.activation.PRelu;
import io.relulab.activation.Relu;
import io.relulab.activation.Rrelu;
import io.relulab.data.Dataset;
import io.relulab.nn.Network;
import io.relulab.nn.NetworkSpec;
import io.relulab.optim.AdamConfig;
import io.relulab.random.NumpyRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A run is a pure function of (config, data, seed): identical bits alone, repeated, or on 1 vs 2 threads. */
class DeterminismTest {

    private static final Dataset TRAIN = TrainerTest.blobs(150, 1);
    private static final Dataset TEST = TrainerTest.blobs(60, 2);
    private static final List<Activation> ACTIVATIONS = List.of(new Relu(), new PRelu(), new Elu(), new Rrelu());

    /** Every bit of a trial: history, final metrics and weights. */
    static List<Long> fingerprint(Activation activation, long seed) {
        NumpyRandom random = new NumpyRandom(seed);
        Network network = NetworkSpec.of(4, activation, List.of(16, 8)).build(random);
        TrainingConfig config = TrainingConfig.notebook().withEpochs(4).withValidationData(TEST);
        TrainingResult result = new Trainer(config).fit(network, AdamConfig.keras().create(), TRAIN, random);
        List<Long> bits = new ArrayList<>();
        History h = result.history();
        for (List<Double> series : List.of(h.loss(), h.accuracy(), h.validationLoss(), h.validationAccuracy())) {
            for (double v : series) {
                bits.add(Double.doubleToRawLongBits(v));
            }
        }
        bits.add(Double.doubleToRawLongBits(result.training().loss()));
        for (double[] values : network.copyParameterValues()) {
            for (double v : values) {
                bits.add(Double.doubleToRawLongBits(v));
            }
        }
        return bits;
    }

    @Test
    void sameSeedGivesIdenticalBits() {
        for (Activation activation : ACTIVATIONS) {
            assertThat(fingerprint(activation, 3)).as(activation.spec()).isEqualTo(fingerprint(activation, 3));
        }
        assertThat(fingerprint(new Relu(), 3)).isNotEqualTo(fingerprint(new Relu(), 4));
    }

    @Test
    void oneOrTwoThreadsGiveIdenticalBits() throws Exception {
        List<List<Long>> sequential = new ArrayList<>();
        for (Activation activation : ACTIVATIONS) {
            for (long seed = 0; seed < 3; seed++) {
                sequential.add(fingerprint(activation, seed));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (Activation activation : ACTIVATIONS) {
                for (long seed = 0; seed < 3; seed++) {
                    long s = seed;
                    futures.add(pool.submit(() -> fingerprint(activation, s)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).as("trial %d", i).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdown();
        }
    }
}
