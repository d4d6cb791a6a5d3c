package io.relulab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relulab.activation.Activation;
import io.relulab.activation.Elu;
import io.relulab.activation.LeakyRelu;
import io.relulab.activation.Relu;
import io.relulab.optim.AdamConfig;
import java.util.List;
import java.util.Optional;
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
        return StudySpec.notebook(data, activations, scenarios, List.of(0L, 1L)).withExplicit(TrialSettings.none().withEpochs(3));
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
    void aTrialOfTheStudyIsTheTrialRunnersRunOfItsSpecBitForBit() throws InterruptedException {
        StudySpec spec = smallStudy(List.of(Scenario.highLearningRate()));
        StudyResult study = StudyRunner.run(spec, "test", 2, n -> { });
        TrialSpec third = spec.trials().get(3); // leaky_relu:0.1, seed 1
        TrialResult alone = new TrialRunner(data).run(new TrialSpec("high-lr", new LeakyRelu(0.1), 1,
                spec.configuration(Scenario.highLearningRate()), spec.monitor(), Optional.empty()));
        assertThat(third.activation().spec()).isEqualTo("leaky_relu:0.1");
        assertThat(withoutTiming(alone)).isEqualTo(withoutTiming(study.trials().get(3)));
    }

    @Test
    void explicitOptionsOverrideTheScenarioAndAreRecordedPerScenario() throws InterruptedException {
        StudySpec spec = smallStudy(List.of(Scenario.highLearningRate()));
        StudySpec slow = spec.withExplicit(spec.explicit().withOptimizer(AdamConfig.keras(0.001)));
        assertThat(slow.configuration(Scenario.highLearningRate()).optimizer()).isEqualTo(AdamConfig.keras(0.001));
        assertThat(slow.scenarioSetups().get(0).configuration()).containsEntry("optimizer", "adam:0.001");
        assertThat(slow.scenarioSetups().get(0).description()).endsWith("; overridden here by the explicit --optimizer adam:0.001");
        assertThat(spec.scenarioSetups().get(0).description()).isEqualTo(Scenario.highLearningRate().description());
        assertThat(spec.scenarioSetups().get(0).configuration()).containsEntry("optimizer", "adam:0.05").containsEntry("epochs", "3");
        assertThat(slow.describe()).containsEntry("optimizer", "adam:0.001").containsEntry("epochs", "3");
        assertThat(spec.describe()).doesNotContainKey("optimizer");
        StudyResult fast = StudyRunner.run(spec, "test", 2, n -> { });
        StudyResult honoured = StudyRunner.run(slow, "test", 2, n -> { });
        assertThat(honoured.trials().get(0).history()).isNotEqualTo(fast.trials().get(0).history());
    }

    @Test
    void highLearningRateKillsReluUnitsButNotLeakyOnes() throws InterruptedException {
        StudyResult result = StudyRunner.run(smallStudy(List.of(Scenario.highLearningRate())), "test", 2, n -> { });
        VariantSummary relu = result.scenarios().get(0).variant("relu").orElseThrow();
        VariantSummary leaky = result.scenarios().get(0).variant("leaky_relu:0.1").orElseThrow();
        assertThat(relu.lostUnits()).isTrue();
        assertThat(leaky.hadDeadUnits()).isFalse();
        assertThat(result.progressions()).anySatisfy(p -> assertThat(p.label()).startsWith("relu, high-lr"));
        assertThat(result.scenarios().get(0).observations()).anySatisfy(o -> assertThat(o).startsWith("relu, layer2: "));
    }

    @Test
    void rejectsDuplicateActivations() {
        assertThatThrownBy(() -> StudySpec.notebook(data, List.of(new Relu(), new Relu()), List.of(Scenario.notebook()), List.of(0L)))
                .hasMessage("activations must be distinct, got relu,relu");
    }

    static TrialResult withoutTiming(TrialResult t) {
        return new TrialResult(t.scenario(), t.activation(), t.seed(), t.status(), t.divergedEpoch(), t.trainAccuracy(),
                t.testAccuracy(), t.trainLoss(), t.testLoss(), t.history(), t.deadCounts(), 0);
    }
}
