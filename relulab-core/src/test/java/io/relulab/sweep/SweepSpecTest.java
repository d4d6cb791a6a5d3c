package io.relulab.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relulab.activation.Elu;
import io.relulab.activation.LeakyRelu;
import io.relulab.activation.Relu;
import io.relulab.diagnostics.ProbeSet;
import io.relulab.nn.GlorotUniform;
import io.relulab.nn.HeNormal;
import io.relulab.optim.AdamConfig;
import io.relulab.optim.OptimizerConfig;
import io.relulab.optim.SgdConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepSpecTest {

    static SweepSettings settings() {
        return new SweepSettings(SweepData.notebook(), 32, ProbeSet.Kind.FIRST_ROWS, 100, 0.1, 25, 0.1);
    }

    static SweepSpec spec() {
        return new SweepSpec(List.of(0.001, 0.05), SweepLayers.grid(List.of(2, 3), List.of(16)), List.of(new Relu(), new LeakyRelu(0.1)),
                List.of(new GlorotUniform()), List.of(AdamConfig.keras()), List.of(false), List.of(2), List.of(0L, 1L), settings());
    }

    @Test
    void expandsEveryCombinationOnceInTheDocumentedOrder() {
        List<SweepTrial> trials = spec().trials();
        assertThat(trials).hasSize(16);
        assertThat(spec().size()).isEqualTo(16);
        assertThat(trials.stream().map(t -> t.key().id()).distinct()).hasSize(16);
        // seed varies fastest, then learning rate, then depth; activation slowest
        assertThat(trials.get(0).key()).isEqualTo(new TrialKey("relu", 0.001, TrialKey.layers(2, 16), "glorot_uniform", "adam", false, 2, "notebook", 0));
        assertThat(trials.get(1).key().seed()).isEqualTo(1);
        assertThat(trials.get(2).key().learningRate()).isEqualTo(0.05);
        assertThat(trials.get(4).key().depth()).isEqualTo(3);
        assertThat(trials.get(8).key().activation()).isEqualTo("leaky_relu:0.1");
        assertThat(spec().trials()).isEqualTo(trials);
    }

    @Test
    void theSweepsLearningRateReplacesTheOptimizersAndKeepsTheRest() {
        SweepSpec spec = new SweepSpec(List.of(0.2), SweepLayers.grid(List.of(1), List.of(4)), List.of(new Relu()), List.of(new HeNormal()),
                List.<OptimizerConfig>of(new SgdConfig(0.01, 0.9, true), AdamConfig.pytorch()), List.of(false, true), List.of(2), List.of(7L), settings());
        List<SweepTrial> trials = spec.trials();
        assertThat(trials).hasSize(4);
        assertThat(trials.get(0).optimizer()).isEqualTo(new SgdConfig(0.2, 0.9, true));
        assertThat(trials.get(2).optimizer()).isEqualTo(AdamConfig.pytorch(0.2));
        assertThat(trials.get(2).key().optimizer()).isEqualTo("adam_pytorch");
        assertThat(trials.get(1).key().redo()).isTrue();
    }

    @Test
    void rejectsEmptyOrRepeatedAxesAndImpossibleValues() {
        assertThatThrownBy(() -> new SweepSpec(List.of(), SweepLayers.grid(List.of(2), List.of(16)), List.of(new Relu()), List.of(new GlorotUniform()),
                List.of(AdamConfig.keras()), List.of(false), List.of(2), List.of(0L), settings())).hasMessage("learning rates must not be empty");
        assertThatThrownBy(() -> new SweepSpec(List.of(0.1), SweepLayers.grid(List.of(2), List.of(16)), List.of(new Relu(), new Relu()),
                List.of(new GlorotUniform()), List.of(AdamConfig.keras()), List.of(false), List.of(2), List.of(0L), settings()))
                .hasMessage("activations must be distinct, got relu,relu");
        assertThatThrownBy(() -> new SweepSpec(List.of(-0.1), SweepLayers.grid(List.of(2), List.of(16)), List.of(new Relu()), List.of(new GlorotUniform()),
                List.of(AdamConfig.keras()), List.of(false), List.of(2), List.of(0L), settings())).hasMessageContaining("-0.1");
        assertThatThrownBy(() -> new SweepSpec(List.of(0.1), SweepLayers.grid(List.of(0), List.of(16)), List.of(new Relu()), List.of(new GlorotUniform()),
                List.of(AdamConfig.keras()), List.of(false), List.of(2), List.of(0L), settings())).hasMessageContaining("depths must be at least 1");
    }

    @Test
    void explicitHiddenListsAndEpochsAreAxes() {
        SweepSpec spec = new SweepSpec(List.of(0.01), SweepLayers.lists(List.of(List.of(8, 4), List.of(6))), List.of(new Relu()),
                List.of(new GlorotUniform()), List.of(AdamConfig.keras()), List.of(false), List.of(3, 5), List.of(0L), settings());
        List<SweepTrial> trials = spec.trials();
        assertThat(spec.size()).isEqualTo(4);
        // epochs outside hidden lists
        assertThat(trials.stream().map(t -> t.key().epochs() + ":" + TrialKey.widths(t.key().hidden())))
                .containsExactly("3:8,4", "3:6", "5:8,4", "5:6");
        assertThat(trials.get(0).key().setting()).isEqualTo("lr=0.01 hidden=8,4 init=glorot_uniform optimizer=adam redo=off epochs=3 data=notebook");
        assertThat(trials.get(1).key().setting()).isEqualTo("lr=0.01 depth=1 width=6 init=glorot_uniform optimizer=adam redo=off epochs=3 data=notebook");
        assertThat(SweepLayers.grid(List.of(2, 3), List.of(4, 5)).lists())
                .containsExactly(List.of(4, 4), List.of(4, 4, 4), List.of(5, 5), List.of(5, 5, 5));
        assertThatThrownBy(() -> SweepLayers.lists(List.of(List.of(8, 0)))).hasMessage("hidden layer widths must be at least 1, got 0");
        assertThatThrownBy(() -> SweepLayers.lists(List.of(List.of(8), List.of(8))))
                .hasMessage("hidden layer lists must be distinct, got 8,8");
        assertThatThrownBy(() -> new SweepSpec(List.of(0.01), SweepLayers.lists(List.of(List.of(8))), List.of(new Relu()),
                List.of(new GlorotUniform()), List.of(AdamConfig.keras()), List.of(false), List.of(0), List.of(0L), settings()))
                .hasMessage("epochs must be at least 1, got 0");
    }

    @Test
    void aTrialsGeneratorDependsOnItsKeyAlone() {
        TrialKey key = new TrialKey("elu:1.0", 0.01, TrialKey.layers(4, 32), "he_normal", "adam", true, 2, "notebook", 3);
        TrialKey same = new TrialKey("elu:1.0", 0.01, TrialKey.layers(4, 32), "he_normal", "adam", true, 2, "notebook", 3);
        assertThat(key.generator().nextDouble()).isEqualTo(same.generator().nextDouble());
        for (TrialKey other : List.of(
                new TrialKey("elu:1.0", 0.01, TrialKey.layers(4, 32), "he_normal", "adam", true, 2, "notebook", 4),
                new TrialKey("relu", 0.01, TrialKey.layers(4, 32), "he_normal", "adam", true, 2, "notebook", 3),
                new TrialKey("elu:1.0", 0.02, TrialKey.layers(4, 32), "he_normal", "adam", true, 2, "notebook", 3),
                new TrialKey("elu:1.0", 0.01, TrialKey.layers(4, 32), "he_normal", "adam", false, 2, "notebook", 3),
                new TrialKey("elu:1.0", 0.01, TrialKey.layers(4, 32), "glorot_uniform", "adam", true, 2, "notebook", 3),
                new TrialKey("elu:1.0", 0.01, TrialKey.layers(4, 32), "he_normal", "adam", true, 3, "notebook", 3),
                new TrialKey("elu:1.0", 0.01, List.of(32, 32, 32, 16), "he_normal", "adam", true, 2, "notebook", 3))) {
            assertThat(other.generator().nextDouble()).as(other.id()).isNotEqualTo(key.generator().nextDouble());
        }
        assertThat(key.setting()).isEqualTo("lr=0.01 depth=4 width=32 init=he_normal optimizer=adam redo=on epochs=2 data=notebook");
        assertThat(key.hiddenSizes()).containsExactly(32, 32, 32, 32);
    }

    @Test
    void trialsSurviveJavaSerialisationUnchanged() throws IOException, ClassNotFoundException {
        SweepSpec spec = new SweepSpec(List.of(0.01), SweepLayers.grid(List.of(2), List.of(8)), List.of(new Relu(), new Elu(1.0)),
                List.of(new GlorotUniform()), List.of(AdamConfig.keras()), List.of(false), List.of(2), List.of(0L), settings());
        for (SweepTrial trial : spec.trials()) {
            assertThat(roundTrip(trial)).isEqualTo(trial);
        }
        assertThat(roundTrip(new SweepTrialRunner(settings()))).isNotNull();
    }

    static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
