package io.relulab.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.activation.Relu;
import io.relulab.experiment.LocalTrialExecutor;
import io.relulab.experiment.TrialResult;
import io.relulab.nn.GlorotUniform;
import io.relulab.optim.AdamConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepTrialRunnerTest {

    @Test
    void resultsDoNotDependOnTheThreadCountAndRecordTheKeysSettings() throws InterruptedException {
        SweepSpec spec = new SweepSpec(List.of(0.001, 0.1), SweepLayers.grid(List.of(1, 2), List.of(4)), List.of(new Relu()),
                List.of(new GlorotUniform()), List.of(AdamConfig.keras()), List.of(false), List.of(2), List.of(0L, 1L), SweepSpecTest.settings());
        SweepTrialRunner runner = new SweepTrialRunner(spec.settings());
        List<SweepTrialResult> one = new ArrayList<>();
        new LocalTrialExecutor(1).run(spec.trials(), runner, one::add);
        List<SweepTrialResult> two = new ArrayList<>();
        new LocalTrialExecutor(2).run(spec.trials(), runner, two::add);
        assertThat(timeless(two)).isEqualTo(timeless(one));
        SweepTrialResult deep = one.stream().filter(r -> r.key().depth() == 2).findFirst().orElseThrow();
        assertThat(deep.result().deadCounts()).hasSize(2).allMatch(l -> l.units() == 4 && l.dead().length == 2);
        assertThat(deep.result().history().epochs()).isEqualTo(2);
        assertThat(deep.result().scenario()).isEqualTo(deep.key().setting());
    }

    static List<SweepTrialResult> timeless(List<SweepTrialResult> results) {
        return results.stream().map(r -> {
            TrialResult t = r.result();
            return new SweepTrialResult(r.key(), new TrialResult(t.scenario(), t.activation(), t.seed(), t.status(), t.divergedEpoch(),
                    t.trainAccuracy(), t.testAccuracy(), t.trainLoss(), t.testLoss(), t.history(), t.deadCounts(), 0));
        }).sorted(Comparator.comparing(r -> r.key().id())).toList();
    }
}
