package io.relulab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LocalTrialExecutorTest {

    @Test
    void handsBackEveryResultOnceOnTheCallingThread() throws InterruptedException {
        List<Integer> specs = IntStream.range(0, 50).boxed().toList();
        Thread caller = Thread.currentThread();
        List<Integer> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        new LocalTrialExecutor(3).run(specs, x -> x * 2, r -> {
            results.add(r);
            threads.add(Thread.currentThread());
        });
        assertThat(results).containsExactlyInAnyOrderElementsOf(specs.stream().map(x -> x * 2).toList());
        assertThat(threads).containsOnly(caller);
    }

    @Test
    void aFailingTrialIsRethrown() {
        TrialFunction<Integer, Integer> failing = x -> {
            if (x == 2) {
                throw new IllegalArgumentException("two");
            }
            return x;
        };
        assertThatThrownBy(() -> new LocalTrialExecutor(2).run(List.of(1, 2, 3), failing, r -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("two");
    }

    @Test
    void rejectsFewerThanOneThread() {
        assertThatThrownBy(() -> new LocalTrialExecutor(0)).hasMessage("threads must be at least 1, got 0");
        assertThat(new LocalTrialExecutor(2).describe()).isEqualTo("local, 2 threads");
    }
}
