package io.relulab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr while trials run — only when stderr is a terminal and the run is not quiet, so
 * scripts, redirected logs and CI stay clean (stdout may still be redirected to a file).
 */
final class StudyProgress implements AutoCloseable {

    private final ProgressBar bar;

    private StudyProgress(ProgressBar bar) {
        this.bar = bar;
    }

    static StudyProgress start(int trials, boolean quiet) {
        if (quiet || !stderrIsTerminal() || "dumb".equals(System.getenv("TERM"))) {
            return new StudyProgress(null);
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("Training")
                .setInitialMax(trials)
                .setUnit(" trials", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
        return new StudyProgress(bar);
    }

    /**
     * Whether standard error is a terminal. Java has no isatty; on Linux the link {@code /proc/self/fd/2}
     * names the terminal device. Elsewhere fall back to {@link System#console()}, which needs stdin and
     * stdout to be terminals too.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** Called (from worker threads) with the number of finished trials. */
    void finished(int count) {
        if (bar != null) {
            bar.stepTo(count);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
