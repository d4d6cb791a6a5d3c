package io.relulab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @TempDir
    Path temp;

    @Test
    void aSecondLockInThisProcessIsRefusedWithThePid() {
        Path out = temp.resolve("out");
        try (OutputFolder first = OutputFolder.lock(out)) {
            assertThat(out.resolve(OutputFolder.LOCK_FILE)).isRegularFile();
            assertThatThrownBy(() -> OutputFolder.lock(out))
                    .isInstanceOf(OutputFolder.InUseException.class)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("output folder " + out + " is in use by another run (pid " + ProcessHandle.current().pid() + ")");
        }
        assertThat(out.resolve(OutputFolder.LOCK_FILE)).isEmptyFile();
        try (OutputFolder again = OutputFolder.lock(out)) {
            assertThat(again.path()).isEqualTo(out.toAbsolutePath());
        }
    }

    @Test
    void aLockHeldByAnotherProcessIsRefusedWithItsPid() throws Exception {
        Path out = Files.createDirectories(temp.resolve("busy"));
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Holder.class.getName(), out.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(lines.readLine()).isEqualTo("locked");
            assertThatThrownBy(() -> OutputFolder.lock(out))
                    .isInstanceOf(OutputFolder.InUseException.class)
                    .hasMessage("output folder " + out + " is in use by another run (pid " + holder.pid() + ")");
        } finally {
            holder.getOutputStream().close(); // the holder exits when its stdin closes
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        try (OutputFolder mine = OutputFolder.lock(out)) {
            assertThat(mine.createdByThisRun()).isFalse();
        }
    }

    @Test
    void publishingReplacesTheFiguresFolderAsAWholeAndMovesTheMainFileLast() throws IOException {
        Path out = temp.resolve("out");
        try (OutputFolder folder = OutputFolder.lock(out)) {
            Path staging = folder.newStaging();
            write(staging, "report.html", "results.json", "figures/figure2-deep-narrow.png", "figures/figure2-notebook.png");
            folder.publish(staging, "report.html");
        }
        Files.writeString(out.resolve("notes.txt"), "the user's own file");
        String second;
        try (OutputFolder folder = OutputFolder.lock(out)) {
            Path staging = folder.newStaging();
            write(staging, "report.html", "results.json", "history.csv", "figures/figure2-notebook.png");
            second = Files.readString(staging.resolve("figures/figure2-notebook.png"));
            List<Path> order = folder.publish(staging, "report.html");
            assertThat(order).extracting(p -> p.getFileName().toString())
                    .containsExactly("figures", "history.csv", "results.json", "report.html");
            assertThat(staging).doesNotExist();
        }
        assertThat(names(out)).containsExactlyInAnyOrder("report.html", "results.json", "history.csv", "figures", "notes.txt",
                OutputFolder.LOCK_FILE);
        assertThat(names(out.resolve("figures"))).containsExactly("figure2-notebook.png");
        assertThat(Files.readString(out.resolve("figures/figure2-notebook.png"))).isEqualTo(second);
    }

    @Test
    void stagingFoldersOfDeadRunsAreRemovedWhenTheLockIsTaken() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Path dead = Files.createDirectories(out.resolve(OutputFolder.STAGING_PREFIX + "123"));
        Files.writeString(dead.resolve("report.html"), "half");
        Files.createDirectories(out.resolve(OutputFolder.STAGING_PREFIX + "empty"));
        Files.writeString(out.resolve(OutputFolder.LOCK_FILE), "4242 left by a killed run\n");
        try (OutputFolder folder = OutputFolder.lock(out)) {
            assertThat(names(out)).containsExactly(OutputFolder.LOCK_FILE);
            assertThat(Files.readString(out.resolve(OutputFolder.LOCK_FILE)).strip())
                    .isEqualTo(Long.toString(ProcessHandle.current().pid()));
        }
        assertThat(names(out)).containsExactly(OutputFolder.LOCK_FILE);
    }

    @Test
    void anAbandonedRunRemovesTheFoldersItCreatedAndPublishesNothing() throws IOException {
        Path out = temp.resolve("a/b/out");
        OutputFolder folder = OutputFolder.lock(out);
        assertThat(folder.createdByThisRun()).isTrue();
        Path staging = folder.newStaging();
        write(staging, "report.html");
        assertThat(folder.abandon()).isTrue();
        assertThatThrownBy(() -> folder.publish(staging, "report.html")).isInstanceOf(InterruptedIOException.class);
        folder.close();
        assertThat(temp.resolve("a")).doesNotExist();
    }

    @Test
    void anAbandonedRunLeavesAFolderThatExistedAsItWas() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.writeString(out.resolve("report.html"), "previous");
        try (OutputFolder folder = OutputFolder.lock(out)) {
            write(folder.newStaging(), "report.html");
            assertThat(folder.abandon()).isTrue();
        }
        assertThat(names(out)).containsExactlyInAnyOrder("report.html", OutputFolder.LOCK_FILE);
        assertThat(Files.readString(out.resolve("report.html"))).isEqualTo("previous");
    }

    @Test
    void anEmptyPathIsRefused() {
        assertThatThrownBy(() -> OutputFolder.lock(Path.of("")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("output folder: the path is empty; expected a folder name such as relulab-out");
    }

    private static int generation;

    private static void write(Path staging, String... names) throws IOException {
        generation++;
        for (String name : names) {
            Path file = staging.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, generation + " " + name);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** Holds a lock on the folder given as argument until its standard input closes. */
    public static final class Holder {
        public static void main(String[] args) throws IOException {
            try (OutputFolder folder = OutputFolder.lock(Path.of(args[0]))) {
                System.out.println("locked");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // wait
                }
            }
        }
    }
}
