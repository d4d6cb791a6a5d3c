package io.relulab.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.activation.Relu;
import io.relulab.nn.Constant;
import io.relulab.nn.NetworkSpec;
import io.relulab.nn.Zeros;
import io.relulab.optim.AdamConfig;
import io.relulab.optim.OptimizerConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    private static final NetworkSpec NOTEBOOK = NetworkSpec.notebook(20, new Relu());
    private static final OptimizerConfig ADAM = AdamConfig.keras();

    @Test
    void controlChangesNothing() {
        assertThat(Scenario.notebook().applyTo(NOTEBOOK)).isEqualTo(NOTEBOOK);
        assertThat(Scenario.notebook().optimizerOr(ADAM)).isSameAs(ADAM);
    }

    @Test
    void eachPresetChangesOnlyWhatItNames() {
        assertThat(Scenario.highLearningRate().applyTo(NOTEBOOK)).isEqualTo(NOTEBOOK);
        assertThat(Scenario.highLearningRate().optimizerOr(ADAM).learningRate()).isEqualTo(0.05);
        assertThat(Scenario.highLearningRate().optimizerOr(ADAM).name()).isEqualTo("adam");

        NetworkSpec negative = Scenario.negativeBias().applyTo(NOTEBOOK);
        assertThat(negative.biasInitializer()).isEqualTo(new Constant(-1.0));
        assertThat(negative.withBiasInitializer(new Zeros())).isEqualTo(NOTEBOOK);

        NetworkSpec deep = Scenario.deepNarrow().applyTo(NOTEBOOK);
        assertThat(deep.hiddenSizes()).containsExactly(4, 4, 4, 4, 4, 4, 4, 4, 4, 4);
        assertThat(deep.withHiddenSizes(List.of(64, 32))).isEqualTo(NOTEBOOK);
    }

    @Test
    void presetsHaveDistinctNamesAndDescriptions() {
        assertThat(Scenario.all()).extracting(Scenario::name).containsExactly("notebook", "high-lr", "negative-bias", "deep-narrow");
        assertThat(Scenario.all()).allSatisfy(s -> assertThat(s.description()).isNotBlank());
    }
}
