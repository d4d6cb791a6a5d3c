package io.relulab.experiment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Runs independent trials through a {@link TrialExecutor} — by default the local thread pool — and returns
 * their results in the order the trials were given, whatever order they finish in. Parallelism is across trials
 * only (docs/ARCHITECTURE.md §6); since every trial owns its generator and its network, results do not depend on the
 * executor or its thread count.
 */
public final class ParallelTrials {

    private ParallelTrials() {
    }

    /** The number of threads used when the user does not choose: every available core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Applies {@code trial} to every element of {@code inputs} on {@code threads} local threads.
     *
     * @param onFinished called with the number of finished trials after each one ends (on the calling thread)
     * @throws IllegalArgumentException if {@code threads < 1}
     * @throws InterruptedException if the calling thread is interrupted; running trials are then cancelled
     */
    public static <I, R> List<R> run(List<I> inputs, Function<I, R> trial, int threads, IntConsumer onFinished)
            throws InterruptedException {
        return run(inputs, trial::apply, new LocalTrialExecutor(threads), onFinished);
    }

    /**
     * Applies {@code trial} to every element of {@code inputs} with {@code executor}, in input order.
     *
     * @param onFinished called with the number of finished trials after each one ends (on the calling thread)
     * @throws InterruptedException if the calling thread is interrupted
     */
    public static <I, R> List<R> run(List<I> inputs, TrialFunction<I, R> trial, TrialExecutor executor, IntConsumer onFinished)
            throws InterruptedException {
        List<Indexed<I>> indexed = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            indexed.add(new Indexed<>(i, inputs.get(i)));
        }
        Object[] results = new Object[inputs.size()];
        int[] finished = {0};
        executor.run(indexed, new IndexedTrial<>(trial), result -> {
            results[result.index()] = result.value();
            onFinished.accept(++finished[0]);
        });
        @SuppressWarnings("unchecked")
        List<R> ordered = (List<R>) Arrays.asList(results);
        return List.copyOf(ordered);
    }

    /** A value with its position in the input list. */
    private record Indexed<T>(int index, T value) implements Serializable {
    }

    /** Applies the trial to the value and keeps the position. */
    private record IndexedTrial<I, R>(TrialFunction<I, R> trial) implements TrialFunction<Indexed<I>, Indexed<R>> {
        @Override
        public Indexed<R> apply(Indexed<I> input) {
            return new Indexed<>(input.index(), trial.apply(input.value()));
        }
    }
}
