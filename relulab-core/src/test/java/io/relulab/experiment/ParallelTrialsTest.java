package io.relulab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTrialsTest {

    @Test
    void resultsComeBackInInputOrderWhateverTheThreadCount() throws InterruptedException {
        List<Integer> inputs = IntStream.range(0, 50).boxed().toList();
        // later inputs finish first: the work shrinks with the index
        List<Long> one = ParallelTrials.run(inputs, ParallelTrialsTest::work, 1, n -> { });
        List<Long> three = ParallelTrials.run(inputs, ParallelTrialsTest::work, 3, n -> { });
        assertThat(three).isEqualTo(one);
        assertThat(one.get(7)).isEqualTo(work(7));
    }

    @Test
    void reportsProgressOncePerTrial() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        ParallelTrials.run(List.of(1, 2, 3, 4), i -> i, 2, n -> calls.incrementAndGet());
        assertThat(calls).hasValue(4);
    }

    @Test
    void propagatesTheTrialsException() {
        assertThatThrownBy(() -> ParallelTrials.run(List.of(1, 2), i -> {
            throw new IllegalStateException("boom " + i);
        }, 2, n -> { })).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("boom");
        assertThatThrownBy(() -> ParallelTrials.run(List.of(1), i -> i, 0, n -> { }))
                .hasMessage("threads must be at least 1, got 0");
    }

    private static long work(int i) {
        long x = i;
        for (int k = 0; k < (50 - i) * 2000; k++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return x;
    }
}
