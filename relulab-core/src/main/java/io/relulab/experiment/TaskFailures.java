package io.relulab.experiment;

import java.util.concurrent.ExecutionException;

/** What a task run on another thread threw, rethrown on the thread that waited for it. */
final class TaskFailures {

    private TaskFailures() {
    }

    /**
     * The task's own exception, to be thrown by the caller ({@code throw TaskFailures.unchecked(e)}): a
     * {@link RuntimeException} as it is, an {@link Error} thrown here, anything else wrapped in an
     * {@link IllegalStateException}.
     */
    static RuntimeException unchecked(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
