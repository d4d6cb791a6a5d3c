package io.relulab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stops real {@code relulab} processes with SIGTERM and SIGINT while they train (Linux). */
class InterruptionTest {

    @TempDir
    Path temp;

    @Test
    void sigtermSaysHowFarItGotPublishesNothingAndRemovesTheFolderItCreated() throws Exception {
        Path out = temp.resolve("fresh/out");
        Interrupted run = interrupt("TERM", "study", "--seeds", "10", "--out", out.toString());
        assertThat(run.exitCode).isEqualTo(143);
        assertThat(run.lastLine).matches("relulab study: interrupted after \\d+ of 80 trials; nothing was published, "
                + java.util.regex.Pattern.quote(out.toString()) + " is unchanged");
        assertThat(temp.resolve("fresh")).doesNotExist();
    }

    @Test
    void sigintExitsWith130AndLeavesAnExistingFolderAsItWas() throws Exception {
        assumeTrue(!sigintIgnored(), "SIGINT is ignored by this process and would be by its children");
        Path out = Files.createDirectories(temp.resolve("used"));
        Files.writeString(out.resolve("report.html"), "the previous report");
        Interrupted run = interrupt("INT", "born-dead", "--widths", "3", "--depths", "50", "--trials", "200000",
                "--json", out.resolve("born-dead.json").toString());
        assertThat(run.exitCode).isEqualTo(130);
        assertThat(run.lastLine).matches("relulab born-dead: interrupted after \\d+ of 600000 trials; nothing was written, "
                + java.util.regex.Pattern.quote(out.resolve("born-dead.json").toString()) + " is unchanged");
        try (var listing = Files.list(out)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("report.html");
        }
    }

    private record Interrupted(int exitCode, String lastLine) {
    }

    /** Starts relulab, waits for its first progress line, sends the signal and collects what it printed. */
    private Interrupted interrupt(String signal, String... args) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/kill")), "needs /bin/kill");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), ReluLab.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line = err.readLine();
            assertThat(line).as("first progress line").contains("% (");
            new ProcessBuilder("/bin/kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
            String last = line;
            for (String next = err.readLine(); next != null; next = err.readLine()) {
                last = next;
            }
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            return new Interrupted(process.exitValue(), last);
        } finally {
            process.destroyForcibly();
        }
    }

    /** Whether SIGINT is in this process's ignored-signal mask (/proc/self/status, SigIgn, bit 1 for signal 2). */
    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return true;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return new BigInteger(line.substring("SigIgn:".length()).strip(), 16).testBit(1);
            }
        }
        return true;
    }
}
