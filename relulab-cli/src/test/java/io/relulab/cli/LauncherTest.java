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

    private static void stub(Path file, String script) throws IOException {
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
