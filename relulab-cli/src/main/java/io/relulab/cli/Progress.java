package io.relulab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows that a long command is alive, on stderr: work done of the total and the time left. On a terminal it is a
 * progress bar (redrawn in place, with an ETA); when stderr is not a terminal (a CI log, {@code nohup}, a pipe) it
 * is one short line each time another tenth of the work is done, e.g.
 * {@code relulab study: 30% (24 of 80 trials) after 41 s, about 1 min 36 s left}; with {@code --quiet}, nothing.
 * Stdout is never touched, so a script may read it.
 *
 * <p>Used by every command that can run for more than a few seconds ({@code study}, {@code born-dead},
 * {@code sweep}): create it with the total, call {@link #stepTo(long)} (from any thread) as work finishes, close it
 * before printing the results. {@link #done()} and {@link #total()} say how far it got, e.g. for the line printed
 * when the run is interrupted ({@link Interruption}).
 */
public final class Progress implements AutoCloseable {

    /** How the progress is shown. */
    public enum Display {
        /** A progress bar on a terminal. */
        BAR,
        /** One line per tenth of the work. */
        LINES,
        /** Nothing. */
        NONE
    }

    private static final int STEPS = 10;

    private final String command;
    private final String unit;
    private final long total;
    private final Display display;
    private final PrintWriter err;
    private final LongSupplier nanoTime;
    private final long start;
    private final ProgressBar bar;
    private long done;
    private int tenthsShown;
    private boolean closed;

    private Progress(String command, String unit, long total, Display display, PrintWriter err, LongSupplier nanoTime) {
        if (total < 0) {
            throw new IllegalArgumentException("total must be >= 0, got " + total);
        }
        this.command = command;
        this.unit = unit;
        this.total = total;
        this.display = display;
        this.err = err;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
        this.bar = display == Display.BAR ? new ProgressBarBuilder()
                .setTaskName(capitalised(unit))
                .setInitialMax(total)
                .setUnit(" " + unit, 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build() : null;
    }

    /**
     * Starts showing progress for {@code command} (e.g. {@code "relulab study"}) of {@code total} {@code unit}s
     * (plural, e.g. {@code "trials"}): a bar if stderr is a terminal, else lines on {@code err}; nothing if quiet.
     */
    public static Progress start(String command, String unit, long total, boolean quiet, PrintWriter err) {
        Display display = quiet ? Display.NONE : stderrIsTerminal() ? Display.BAR : Display.LINES;
        return new Progress(command, unit, total, display, err, System::nanoTime);
    }

    /** Starts with an explicit display and clock (for tests). */
    static Progress start(String command, String unit, long total, Display display, PrintWriter err, LongSupplier nanoTime) {
        return new Progress(command, unit, total, display, err, nanoTime);
    }

    /**
     * Whether standard error is a terminal. Java has no isatty; on Linux the link {@code /proc/self/fd/2} names the
     * terminal device. Elsewhere fall back to {@link System#console()}, which needs stdin and stdout to be terminals
     * too. A {@code TERM} of {@code dumb} counts as no terminal.
     */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** Records that {@code count} units are done in all (never goes back); may be called from any thread. */
    public synchronized void stepTo(long count) {
        if (closed || count <= done) {
            return;
        }
        done = Math.min(count, total);
        if (bar != null) {
            bar.stepTo(done);
        } else if (display == Display.LINES && total > 0) {
            int tenths = (int) (done * STEPS / total);
            if (tenths > tenthsShown) {
                tenthsShown = tenths;
                err.println(line());
                err.flush();
            }
        }
    }

    /** Units done so far. */
    public synchronized long done() {
        return done;
    }

    /** Units in all. */
    public long total() {
        return total;
    }

    /** "N of M units", e.g. {@code 12 of 80 trials}. */
    public synchronized String doneOfTotal() {
        return done + " of " + total + " " + unit;
    }

    /** How progress is shown. */
    public Display display() {
        return display;
    }

    /** Stops showing progress (the bar is drawn once more, complete or not, and ends its line). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (bar != null) {
            bar.close();
        }
    }

    private String line() {
        long elapsed = nanoTime.getAsLong() - start;
        String percent = String.format(Locale.ROOT, "%s: %d%% (%s)", command, done * 100 / total, doneOfTotal());
        if (done == total) {
            return percent + " in " + duration(elapsed);
        }
        long left = (long) ((double) elapsed * (total - done) / done);
        return percent + " after " + duration(elapsed) + ", about " + duration(left) + " left";
    }

    /** A duration for people: {@code 41 s}, {@code 2 min 5 s}, {@code 1 h 3 min}. */
    static String duration(long nanos) {
        long seconds = Math.round(nanos / 1e9);
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = TimeUnit.SECONDS.toMinutes(seconds);
        if (minutes < 60) {
            return minutes + " min " + (seconds - 60 * minutes) + " s";
        }
        return minutes / 60 + " h " + minutes % 60 + " min";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
