package io.relulab.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr while trials run — only when the program talks to a terminal and is not quiet,
 * so scripts and CI logs stay clean.
 */
final class StudyProgress implements AutoCloseable {

    private final ProgressBar bar;

    private StudyProgress(ProgressBar bar) {
        this.bar = bar;
    }

    static StudyProgress start(int trials, boolean quiet) {
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        if (quiet || !terminal) {
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
