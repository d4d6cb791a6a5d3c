package io.relulab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./relulab} launcher, run through a symlink from another folder, with stand-ins for {@code mvn} and
 * {@code java} on the PATH that only say how they were called (nothing is built or run).
 */
class LauncherTest {

    @TempDir
    Path temp;

    @Test
    void worksThroughASymlinkFromAnyFolder() throws IOException, InterruptedException {
        Path root = Path.of("").toAbsolutePath().getParent();
        Path launcher = root.resolve("relulab");
        assumeTrue(Files.isExecutable(launcher) && Files.isExecutable(Path.of("/bin/bash")), "needs the launcher and bash");
        Path bin = Files.createDirectories(temp.resolve("bin"));
        stub(bin.resolve("mvn"), "#!/bin/sh\necho \"mvn in $(pwd)\" >&2\n");
        stub(bin.resolve("java"), "#!/bin/sh\necho \"java $*\"\n");
        Path links = Files.createDirectories(temp.resolve("links"));
        Path link = Files.createSymbolicLink(links.resolve("relulab"), launcher);
        Path chained = Files.createSymbolicLink(links.resolve("rl"), Path.of("relulab")); // a relative link to the link
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));

        for (Path called : new Path[] {link, chained}) {
            ProcessBuilder builder = new ProcessBuilder("/bin/bash", called.toString(), "study", "--version")
                    .directory(elsewhere.toFile()).redirectErrorStream(true);
            builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(output).isZero();
            assertThat(output).as(called.toString())
                    .contains(" -jar " + root.resolve("relulab-cli/target/relulab.jar") + " study --version")
                    .doesNotContain("mvn in " + links)
                    .doesNotContain("Could not find");
        }
    }

    /**
     * With the vector module (study, sweep, train, inspect) the launcher drops the JVM's incubator warning and nothing
     * else: the JVM's log lines before it, every later byte in order (a last line without a newline too), java's exit
     * code, and all of it written before the launcher exits. Other commands run java without the module.
     */
    @Test
    void dropsTheIncubatorWarningAndNothingElse() throws IOException, InterruptedException {
        Path root = Path.of("").toAbsolutePath().getParent();
        Path launcher = root.resolve("relulab");
        assumeTrue(Files.isExecutable(launcher) && Files.isExecutable(Path.of("/bin/bash")), "needs the launcher and bash");
        Path bin = Files.createDirectories(temp.resolve("bin"));
        stub(bin.resolve("mvn"), "#!/bin/sh\nexit 0\n");
        stub(bin.resolve("java"), "#!/bin/bash\n"
                + "case \" $* \" in *' -XX:ArchiveClassesAtExit='*) exit 0 ;; esac\n"
                + "case \" $* \" in *' --add-modules jdk.incubator.vector '*) module=yes ;; *) module=no ;; esac\n"
                + "echo \"[0.004s][warning][cds] a start-up line\" >&2\n"
                + "[ $module = yes ] && echo 'WARNING: Using incubator modules: jdk.incubator.vector' >&2\n"
                + "echo \"module $module\"\n"
                + "echo 'relulab study: one line' >&2\n"
                + "sleep 0.2\n"
                + "echo 'WARNING: Using incubator modules: jdk.incubator.vector' >&2\n"
                + "printf 'no newline' >&2\n"
                + "exit 3\n");
        Path err = temp.resolve("err");
        for (String command : new String[] {"study", "activations"}) {
            ProcessBuilder builder = new ProcessBuilder("/bin/bash", launcher.toString(), command, "--quiet")
                    .redirectError(err.toFile());
            builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(command).isEqualTo(3);
            boolean module = command.equals("study");
            assertThat(output).isEqualTo("module " + (module ? "yes" : "no") + "\n");
            // read as soon as the launcher has exited: the filter has written everything by then (the launcher's own
            // lines about building the jar or its archive, printed when the jar is missing or old, come first)
            String written = Files.readString(err);
            while (written.startsWith("relulab: building ") || written.startsWith("relulab: preparing ")) {
                written = written.substring(written.indexOf('\n') + 1);
            }
            assertThat(written).as(command).isEqualTo("[0.004s][warning][cds] a start-up line\n"
                    + "relulab study: one line\n"
                    + "WARNING: Using incubator modules: jdk.incubator.vector\n"
                    + "no newline");
        }
    }

    private static void stub(Path file, String script) throws IOException {
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
