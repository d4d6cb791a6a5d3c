package io.relulab.cli;

import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * What the user is told when a long run is stopped by SIGINT (Ctrl-C) or SIGTERM: one line on stderr,
 * {@code relulab study: interrupted after 12 of 80 trials; nothing was published, relulab-out is unchanged}.
 * The line is printed by a shutdown hook, after the hook has cleaned up (the {@code aftermath}, which removes
 * staging folders and a folder the run created, and says what is left). The JVM then exits with 128 + the signal's
 * number, as a shell expects: 130 for SIGINT, 143 for SIGTERM.
 *
 * <p>Install it once the run has taken its outputs (e.g. its {@link io.relulab.report.OutputFolder}) and close it
 * when the run is over; a normal exit then prints nothing.
 */
public final class Interruption implements AutoCloseable {

    private final Thread hook;
    private volatile boolean finished;

    private Interruption(String command, Progress progress, Supplier<String> aftermath, PrintStream err) {
        this.hook = new Thread(() -> {
            if (finished) {
                return;
            }
            progress.close();
            String left = aftermath.get();
            err.println(command + ": interrupted after " + progress.doneOfTotal() + "; " + left);
            err.flush();
        }, "relulab-interruption");
    }

    /**
     * Prints {@code command: interrupted after N of M units; <aftermath>} if the JVM is stopped before
     * {@link #close()}.
     *
     * @param aftermath cleans up and says what is left, e.g. {@code nothing was published, out is unchanged}
     */
    public static Interruption install(String command, Progress progress, Supplier<String> aftermath) {
        Interruption interruption = new Interruption(command, progress, aftermath, System.err);
        try {
            Runtime.getRuntime().addShutdownHook(interruption.hook);
        } catch (IllegalStateException e) {
            // already shutting down: nothing to report on
        }
        return interruption;
    }

    /** The run is over: an exit from now on is not an interruption. */
    @Override
    public void close() {
        finished = true;
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook sees that the run finished
        }
    }
}
