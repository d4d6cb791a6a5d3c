package io.relulab.cli;

import io.relulab.data.CsvDatasets;
import io.relulab.data.Dataset;
import io.relulab.data.synthetic.Datasets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a command's rows come from: the {@code --data notebook|csv:PATH} and {@code --target COLUMN} options of
 * {@code train} and {@code study}, checked together. {@code notebook} (case-insensitive) is the reference notebook's
 * {@code make_classification} data ({@link Datasets#notebookRaw()}) and takes no {@code --target}; {@code csv:PATH}
 * is a CSV file with a header row and needs {@code --target} naming its class column. How the rows are then split
 * and scaled stays with each command, whose options differ there.
 *
 * @param label the {@code --data} value without surrounding blanks, as given (for summaries and JSON)
 * @param csvFile the CSV file, or empty for the notebook's data
 * @param target the class column of the CSV file, or {@code null} for the notebook's data
 */
record DataSource(String label, Optional<Path> csvFile, String target) {

    private static final String CSV_PREFIX = "csv:";

    /** Checks {@code --data} and {@code --target}; user errors are one-line {@link IllegalArgumentException}s. */
    static DataSource parse(String data, String target) {
        String source = data.strip();
        if (source.equalsIgnoreCase("notebook")) {
            if (target != null) {
                throw new IllegalArgumentException("--target applies only to --data csv:PATH, got --target " + target
                        + " with --data " + source);
            }
            return new DataSource(source, Optional.empty(), null);
        }
        if (!source.toLowerCase(Locale.ROOT).startsWith(CSV_PREFIX)) {
            throw new IllegalArgumentException("--data must be 'notebook' or csv:PATH, got '" + source + "'");
        }
        String path = source.substring(CSV_PREFIX.length()).strip();
        if (path.isEmpty()) {
            throw new IllegalArgumentException("--data csv:PATH needs a file path, e.g. --data csv:data.csv");
        }
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("--data " + source + " needs --target COLUMN naming the class column");
        }
        return new DataSource(source, Optional.of(Path.of(path)), target);
    }

    /** True for the notebook's data. */
    boolean isNotebook() {
        return csvFile.isEmpty();
    }

    /** Reads the rows: the notebook's data, or the CSV file with {@link #target} as the class column. */
    Dataset read() {
        return csvFile.map(file -> CsvDatasets.read(file, target)).orElseGet(Datasets::notebookRaw);
    }
}
