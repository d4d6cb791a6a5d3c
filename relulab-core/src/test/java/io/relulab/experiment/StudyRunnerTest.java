package io.relulab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relulab.activation.Activation;
import io.relulab.activation.Elu;
import io.relulab.activation.LeakyRelu;
import io.relulab.activation.Relu;
import io.relulab.diagnostics.Scenario;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StudyRunnerTest {

    private static StudyData data;

    @BeforeAll
    static void loadData() {
        data = StudyData.notebook();
    }

    private static StudySpec smallStudy(List<Scenario> scenarios) {
        List<Activation> activations = List.of(new Relu(), new LeakyRelu(0.1), new Elu(1.0));
        StudySpec spec = StudySpec.notebook(data, activations, scenarios, List.of(0L, 1L));
        return new StudySpec(spec.data(), spec.activations(), spec.scenarios(), spec.seeds(), spec.network(), spec.optimizer(),
                spec.training().withEpochs(3), spec.probe(), spec.tau(), spec.redo());
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws InterruptedException {
        StudySpec spec = smallStudy(List.of(Scenario.notebook(), Scenario.highLearningRate()));
        StudyResult one = StudyRunner.run(spec, "test", 1, n -> { });
        StudyResult two = StudyRunner.run(spec, "test", 2, n -> { });
        assertThat(two.trials()).hasSize(12);
        for (int i = 0; i < one.trials().size(); i++) {
            TrialResult a = one.trials().get(i);
            TrialResult b = two.trials().get(i);
            assertThat(withoutTiming(b)).isEqualTo(withoutTiming(a));
            assertThat(Double.doubleToRawLongBits(b.testAccuracy())).isEqualTo(Double.doubleToRawLongBits(a.testAccuracy()));
        }
        assertThat(two.scenarios().get(1).findings()).isEqualTo(one.scenarios().get(1).findings());
    }

    @Test
    void trialsAreIndependentStreamsInStudyOrder() throws InterruptedException {
        StudyResult result = StudyRunner.run(smallStudy(List.of(Scenario.notebook())), "test", 2, n -> { });
        assertThat(result.trials()).extracting(TrialResult::activation)
                .containsExactly("relu", "relu", "leaky_relu:0.1", "leaky_relu:0.1", "elu:1.0", "elu:1.0");
        assertThat(result.trials()).extracting(TrialResult::seed).containsExactly(0L, 1L, 0L, 1L, 0L, 1L);
        // different seeds give different training runs
        assertThat(result.trials().get(0).history()).isNotEqualTo(result.trials().get(1).history());
        TrialResult relu = result.trials().get(0);
        assertThat(relu.history().epochs()).isEqualTo(3);
        assertThat(relu.deadCounts()).extracting(LayerDeadCounts::layer).containsExactly("layer1", "layer2");
        assertThat(relu.deadCounts().get(1).units()).isEqualTo(32);
        assertThat(relu.testAccuracy()).isBetween(0.6, 1.0);
        assertThat(result.provenance().dataFingerprint()).isEqualTo(data.fingerprint()).hasSize(64);
        assertThat(result.simulationSummary()).contains("0, 0, 0");
    }

    @Test
    void highLearningRateKillsReluUnitsButNotLeakyOnes() throws InterruptedException {
        StudyResult result = StudyRunner.run(smallStudy(List.of(Scenario.highLearningRate())), "test", 2, n -> { });
        VariantSummary relu = result.scenarios().get(0).variant("relu").orElseThrow();
        VariantSummary leaky = result.scenarios().get(0).variant("leaky_relu:0.1").orElseThrow();
        assertThat(relu.lostUnits()).isTrue();
        assertThat(leaky.lostUnits()).isFalse();
        assertThat(result.progressions()).anySatisfy(p -> assertThat(p.label()).startsWith("relu, high-lr"));
    }

    @Test
    void rejectsDuplicateActivations() {
        assertThatThrownBy(() -> StudySpec.notebook(data, List.of(new Relu(), new Relu()), List.of(Scenario.notebook()), List.of(0L)))
                .hasMessage("activations must be distinct, got relu,relu");
    }

    private static TrialResult withoutTiming(TrialResult t) {
        return new TrialResult(t.scenario(), t.activation(), t.seed(), t.status(), t.divergedEpoch(), t.trainAccuracy(),
                t.testAccuracy(), t.trainLoss(), t.testLoss(), t.history(), t.deadCounts(), 0);
    }
}
