package io.relulab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void withoutATerminalItPrintsOneLinePerTenthWithTheTimeLeft() {
        StringWriter err = new StringWriter();
        AtomicLong clock = new AtomicLong();
        try (Progress progress = Progress.start("relulab study", "trials", 80, Progress.Display.LINES,
                new PrintWriter(err, true), clock::get)) {
            for (int trial = 1; trial <= 80; trial++) {
                clock.addAndGet(1_000_000_000L); // one second per trial
                progress.stepTo(trial);
            }
            assertThat(progress.doneOfTotal()).isEqualTo("80 of 80 trials");
        }
        String[] lines = err.toString().split("\n");
        assertThat(lines).hasSize(10);
        assertThat(lines[0]).isEqualTo("relulab study: 10% (8 of 80 trials) after 8 s, about 1 min 12 s left");
        assertThat(lines[4]).isEqualTo("relulab study: 50% (40 of 80 trials) after 40 s, about 40 s left");
        assertThat(lines[9]).isEqualTo("relulab study: 100% (80 of 80 trials) in 1 min 20 s");
    }

    @Test
    void countsNeverGoBackAndStopAtTheTotal() {
        StringWriter err = new StringWriter();
        try (Progress progress = Progress.start("relulab born-dead", "trials", 1000, Progress.Display.LINES,
                new PrintWriter(err, true), () -> 0L)) {
            progress.stepTo(500);
            progress.stepTo(300); // a report from a slower thread arrives late
            assertThat(progress.done()).isEqualTo(500);
            progress.stepTo(5000);
            assertThat(progress.done()).isEqualTo(1000);
        }
        assertThat(err.toString().split("\n")).hasSize(2);
    }

    @Test
    void quietShowsNothing() {
        StringWriter err = new StringWriter();
        try (Progress progress = Progress.start("relulab study", "trials", 10, true, new PrintWriter(err, true))) {
            assertThat(progress.display()).isEqualTo(Progress.Display.NONE);
            progress.stepTo(10);
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void durationsReadLikeAPersonWouldSayThem() {
        assertThat(Progress.duration(41_400_000_000L)).isEqualTo("41 s");
        assertThat(Progress.duration(125_000_000_000L)).isEqualTo("2 min 5 s");
        assertThat(Progress.duration(3_780_000_000_000L)).isEqualTo("1 h 3 min");
    }
}
