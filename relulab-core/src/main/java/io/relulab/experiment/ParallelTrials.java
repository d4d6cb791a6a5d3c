package io.relulab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Runs independent trials on a fixed number of threads and returns their results in the order the trials
 * were given, whatever order they finish in. Parallelism is across trials only (DESIGN.md §6); since every
 * trial owns its generator and its network, results do not depend on the thread count.
 */
public final class ParallelTrials {

    private ParallelTrials() {
    }

    /** The number of threads used when the user does not choose: every available core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Applies {@code trial} to every element of {@code inputs} on {@code threads} threads.
     *
     * @param onFinished called with the number of finished trials after each one ends (from worker threads)
     * @throws IllegalArgumentException if {@code threads < 1}
     * @throws InterruptedException if the calling thread is interrupted; running trials are then cancelled
     */
    public static <I, R> List<R> run(List<I> inputs, Function<I, R> trial, int threads, IntConsumer onFinished)
            throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        AtomicInteger finished = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, inputs.size())), daemonThreads());
        try {
            List<Future<R>> futures = new ArrayList<>(inputs.size());
            for (I input : inputs) {
                futures.add(executor.submit(() -> {
                    R result = trial.apply(input);
                    onFinished.accept(finished.incrementAndGet());
                    return result;
                }));
            }
            List<R> results = new ArrayList<>(inputs.size());
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            executor.shutdownNow();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "relulab-trial-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
