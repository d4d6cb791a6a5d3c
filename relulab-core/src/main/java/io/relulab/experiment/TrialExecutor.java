package io.relulab.experiment;

import java.util.List;
import java.util.function.Consumer;

/**
 * The one seam through which trials are run (docs/ARCHITECTURE.md §6): given trial specs and a pure trial function, it
 * runs every spec and hands each result back as soon as it is known. Implementations: {@link LocalTrialExecutor}
 * (a thread pool, the default) and the Apache Spark executor of the {@code relulab-spark} module, found through
 * {@link TrialExecutorProvider}.
 *
 * <p>Contract: {@code onResult} is called exactly once per spec, always on the thread that called {@link #run},
 * in the order results arrive (not the order of the specs), so a caller may write each result to disk as it
 * comes without locking. Because a trial is a pure function of its spec, the results do not depend on the
 * executor, its thread count or its partitioning. A failing trial (an exception, not a diverged training run,
 * which is a result) stops the run and is rethrown.
 */
public interface TrialExecutor extends AutoCloseable {

    /**
     * Runs {@code trial} on every element of {@code specs}.
     *
     * @throws InterruptedException if the calling thread is interrupted; running trials are cancelled and
     *     results already handed to {@code onResult} stay valid
     */
    <S, R> void run(List<S> specs, TrialFunction<S, R> trial, Consumer<R> onResult) throws InterruptedException;

    /** One line for the user, e.g. {@code local, 2 threads}. */
    String describe();

    /** Releases the executor's resources (threads, a Spark context); the default holds none. */
    @Override
    default void close() {
    }
}
