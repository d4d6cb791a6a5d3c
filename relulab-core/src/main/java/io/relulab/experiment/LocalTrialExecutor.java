package io.relulab.experiment;

import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The default {@link TrialExecutor}: a fixed pool of daemon threads on this machine. Results are handed back
 * on the calling thread as trials finish. Parallelism is across trials only (docs/ARCHITECTURE.md §6).
 */
public final class LocalTrialExecutor implements TrialExecutor {

    private final int threads;

    /** @throws IllegalArgumentException if {@code threads < 1} */
    public LocalTrialExecutor(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    /** The number of worker threads. */
    public int threads() {
        return threads;
    }

    @Override
    public <S, R> void run(List<S> specs, TrialFunction<S, R> trial, Consumer<R> onResult) throws InterruptedException {
        if (specs.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, specs.size()), daemonThreads());
        try {
            CompletionService<R> completed = new ExecutorCompletionService<>(pool);
            for (S spec : specs) {
                completed.submit(() -> trial.apply(spec));
            }
            for (int i = 0; i < specs.size(); i++) {
                onResult.accept(completed.take().get());
            }
        } catch (ExecutionException e) {
            throw TaskFailures.unchecked(e);
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public String describe() {
        return "local, " + threads + (threads == 1 ? " thread" : " threads");
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
