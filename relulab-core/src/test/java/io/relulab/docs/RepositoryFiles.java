package io.relulab.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The repository's root folder and its source and documentation files, for tests that read them as text. */
final class RepositoryFiles {

    private RepositoryFiles() {
    }

    /** The folder holding the parent {@code pom.xml} and {@code README.md}, found upwards from the working folder. */
    static Path root() {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null) {
            if (Files.isRegularFile(folder.resolve("README.md")) && Files.isRegularFile(folder.resolve(".ci/run"))) {
                return folder;
            }
            folder = folder.getParent();
        }
        throw new IllegalStateException("no repository root (README.md beside .ci/run) above " + Path.of("").toAbsolutePath());
    }

    /** Every file below the root with one of the endings, outside build output and version control. */
    static List<Path> files(String... endings) {
        Path root = root();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> !isIgnored(root.relativize(path)))
                    .filter(path -> Stream.of(endings).anyMatch(ending -> path.getFileName().toString().endsWith(ending)))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isIgnored(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals("target") || name.startsWith(".") || name.equals("relulab-out") || name.equals("node_modules")) {
                return true;
            }
        }
        return false;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
