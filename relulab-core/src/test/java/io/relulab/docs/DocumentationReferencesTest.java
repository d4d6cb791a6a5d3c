package io.relulab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every file that Javadoc, scripts, build files and Markdown pages name must exist in the repository
 * (CONTRIBUTING.md, "Rules that are checked"): a path into the repository's own folders, any Markdown file
 * named by its file name, and every Markdown link. Citations of documents outside the repository
 * ({@code ../shared/…}, a bare "spec §1.2" that does not say which file) are errors too.
 */
class DocumentationReferencesTest {

    /**
     * Paths that start at a top-level folder of the repository, e.g. {@code docs/specs/sklearn-compat.md} (folders a
     * run writes, such as {@code relulab-out/}, are not in the repository and so are not matched).
     */
    private static final Pattern REPOSITORY_PATH = repositoryPathPattern(RepositoryFiles.root());

    /** A Markdown file named anywhere, e.g. {@code ARCHITECTURE.md} or {@code docs/ARCHITECTURE.md}. */
    private static final Pattern MARKDOWN_NAME = Pattern.compile("(?<![\\w./-])((?:\\.\\./)*[\\w./-]*[A-Za-z0-9_-]+\\.md)\\b");

    /** A relative Markdown link target: {@code [text](path)} without a scheme or anchor-only target. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\((?!https?:|mailto:|#)([^)\\s#]+)(?:#[^)]*)?\\)");

    /** Citations that name no file, or a file outside the repository. */
    private static final Pattern OUTSIDE = Pattern.compile("\\.\\./shared/|(?<![\\w.])spec(?:s)? §|SPEC §|SPEC\\.md|DESIGN\\.md");

    @Test
    void everyReferencedFileExists() {
        Path root = RepositoryFiles.root();
        List<String> missing = new ArrayList<>();
        for (Path file : RepositoryFiles.files(".java", ".md", ".py", ".xml", ".sh", "relulab", "run")) {
            if (file.endsWith("DocumentationReferencesTest.java")) {
                continue;
            }
            String text = RepositoryFiles.read(file);
            String where = root.relativize(file).toString();
            for (String reference : matches(REPOSITORY_PATH, text)) {
                if (!exists(root, file, reference)) {
                    missing.add(where + ": " + reference);
                }
            }
            for (String reference : matches(MARKDOWN_NAME, text)) {
                if (!exists(root, file, reference) && !existsByName(root, reference)) {
                    missing.add(where + ": " + reference);
                }
            }
            if (where.endsWith(".md")) {
                for (String reference : matches(MARKDOWN_LINK, text)) {
                    if (!exists(root, file, reference)) {
                        missing.add(where + ": link " + reference);
                    }
                }
            }
        }
        assertThat(missing).as("references to files that are not in the repository").isEmpty();
    }

    @Test
    void nothingCitesADocumentOutsideTheRepository() {
        Path root = RepositoryFiles.root();
        List<String> outside = new ArrayList<>();
        for (Path file : RepositoryFiles.files(".java", ".md", ".py", ".xml", ".sh")) {
            if (file.endsWith("DocumentationReferencesTest.java")) {
                continue;
            }
            String[] lines = RepositoryFiles.read(file).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (OUTSIDE.matcher(lines[i]).find()) {
                    outside.add(root.relativize(file) + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        }
        assertThat(outside).as("citations of documents outside the repository or of no file").isEmpty();
    }

    @Test
    void theCheckFindsAMissingFile() {
        Path root = RepositoryFiles.root();
        assertThat(exists(root, root.resolve("README.md"), "docs/ARCHITECTURE.md")).isTrue();
        assertThat(exists(root, root.resolve("README.md"), "docs/NO-SUCH-FILE.md")).isFalse();
        assertThat(matches(REPOSITORY_PATH, "see {@code docs/specs/sklearn-compat.md} §6.")).containsExactly(
                "docs/specs/sklearn-compat.md");
        assertThat(matches(MARKDOWN_LINK, "[map](docs/ARCHITECTURE.md#flow) and [site](https://example.org)"))
                .containsExactly("docs/ARCHITECTURE.md");
        assertThat(OUTSIDE.matcher("the kink convention (spec §1.2)").find()).isTrue();
        assertThat(OUTSIDE.matcher("docs/specs/activations-and-remedies.md §1.2").find()).isFalse();
    }

    private static Pattern repositoryPathPattern(Path root) {
        try (var entries = Files.list(root)) {
            String folders = entries.filter(Files::isDirectory)
                    .map(folder -> folder.getFileName().toString())
                    .filter(name -> name.equals(".ci") || !name.startsWith(".") && !name.equals("target") && !name.equals("relulab-out"))
                    .map(Pattern::quote)
                    .sorted()
                    .collect(Collectors.joining("|"));
            return Pattern.compile("(?<![\\w./-])((?:" + folders + ")/[\\w./-]*[\\w/])");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /**
     * Relative to the repository root or to the citing file's folder; a glob or placeholder counts if its folder
     * exists; build output ({@code …/target/…}) is made by the build, not kept in the repository, and is not checked.
     */
    private static boolean exists(Path root, Path citingFile, String reference) {
        if (reference.contains("/target/") || reference.endsWith("/target")) {
            return true;
        }
        String path = reference;
        int wildcard = indexOfAny(path, "*", "<", "{");
        if (wildcard >= 0) {
            path = path.substring(0, path.lastIndexOf('/', wildcard) + 1);
        }
        return Files.exists(root.resolve(path)) || Files.exists(citingFile.getParent().resolve(path));
    }

    /** A Markdown file named without its folder (e.g. {@code CONTRIBUTING.md}) exists somewhere in the repository. */
    private static boolean existsByName(Path root, String reference) {
        if (reference.contains("/")) {
            return false;
        }
        return RepositoryFiles.files(".md").stream().anyMatch(file -> file.getFileName().toString().equals(reference));
    }

    private static int indexOfAny(String text, String... needles) {
        int first = -1;
        for (String needle : needles) {
            int index = text.indexOf(needle);
            if (index >= 0 && (first < 0 || index < first)) {
                first = index;
            }
        }
        return first;
    }
}
