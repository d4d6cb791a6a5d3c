package io.relulab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.activation.Relu;
import io.relulab.nn.Constant;
import io.relulab.nn.HeNormal;
import io.relulab.nn.NetworkSpec;
import io.relulab.optim.AdamConfig;
import io.relulab.optim.SgdConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    private static final TrialConfiguration DEFAULTS = new TrialConfiguration(NetworkSpec.notebook(20, new Relu()),
            AdamConfig.keras(), TrialConfiguration.DEFAULT_TRAINING);

    @Test
    void controlChangesNothing() {
        assertThat(Scenario.notebook().changes().applyTo(DEFAULTS)).isEqualTo(DEFAULTS);
    }

    @Test
    void eachPresetChangesOnlyWhatItNames() {
        TrialConfiguration high = Scenario.highLearningRate().changes().applyTo(DEFAULTS);
        assertThat(high.network()).isEqualTo(DEFAULTS.network());
        assertThat(high.optimizer()).isEqualTo(AdamConfig.keras(0.05));
        assertThat(high.specs()).containsEntry("optimizer", "adam:0.05");

        TrialConfiguration negative = Scenario.negativeBias().changes().applyTo(DEFAULTS);
        assertThat(negative.network().biasInitializer()).isEqualTo(new Constant(-1.0));
        assertThat(negative.optimizer()).isEqualTo(DEFAULTS.optimizer());

        TrialConfiguration deep = Scenario.deepNarrow().changes().applyTo(DEFAULTS);
        assertThat(deep.network().hiddenSizes()).containsExactly(4, 4, 4, 4, 4, 4, 4, 4, 4, 4);
        assertThat(deep.network().withHiddenSizes(List.of(64, 32))).isEqualTo(DEFAULTS.network());
    }

    @Test
    void explicitOptionsWinOverTheScenario() {
        TrialSettings explicit = TrialSettings.none().withOptimizer(AdamConfig.keras(0.001)).withHiddenSizes(List.of(8))
                .withInitializer(new HeNormal()).withEpochs(3);
        TrialConfiguration high = Scenario.highLearningRate().changes().overriddenBy(explicit).applyTo(DEFAULTS);
        assertThat(high.optimizer()).isEqualTo(AdamConfig.keras(0.001));
        assertThat(high.specs()).containsExactly(
                java.util.Map.entry("hidden", "8"), java.util.Map.entry("init", "he_normal"),
                java.util.Map.entry("bias_init", "zeros"), java.util.Map.entry("optimizer", "adam:0.001"),
                java.util.Map.entry("epochs", "3"), java.util.Map.entry("batch_size", "32"));
        TrialConfiguration deep = Scenario.deepNarrow().changes()
                .overriddenBy(TrialSettings.none().withOptimizer(new SgdConfig(0.1, 0.9, true))).applyTo(DEFAULTS);
        assertThat(deep.network().hiddenSizes()).hasSize(10);
        assertThat(deep.specs()).containsEntry("optimizer", "sgd:0.1,0.9,nesterov").containsEntry("hidden", "4,4,4,4,4,4,4,4,4,4");
    }

    @Test
    void presetsHaveDistinctNamesAndDescriptionsWithoutMeasuredNumbers() {
        assertThat(Scenario.all()).extracting(Scenario::name).containsExactly("notebook", "high-lr", "negative-bias", "deep-narrow");
        assertThat(Scenario.named("high-lr")).contains(Scenario.highLearningRate());
        assertThat(Scenario.named("nope")).isEmpty();
        // what happened is computed by each study; a description says only what the scenario changes and why
        assertThat(Scenario.all()).allSatisfy(s -> assertThat(s.description()).isNotBlank()
                .doesNotContainPattern("\\d+\\s*[-–]\\s*\\d+ of").doesNotContainPattern("(?i)seeds? \\d")
                .doesNotContainPattern("\\d+ of \\d+").doesNotContain("%"));
        assertThat(Scenario.highLearningRate().description()).contains("0.05");
        assertThat(Scenario.negativeBias().description()).contains("-1");
    }
}
