package io.relulab.cli;

import io.relulab.data.CsvDatasets;
import io.relulab.data.Dataset;
import io.relulab.data.PreparedData;
import io.relulab.data.TrainTestSplit;
import io.relulab.data.synthetic.Datasets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a command's rows come from: the {@code --data notebook|csv:PATH} and {@code --target COLUMN} options of
 * {@code train} and {@code study}, checked together. {@code notebook} (case-insensitive) is the reference notebook's
 * {@code make_classification} data ({@link Datasets#notebookRaw()}) and takes no {@code --target}; {@code csv:PATH}
 * is a CSV file with a header row and needs {@code --target} naming its class column. {@link #prepare} splits
 * either the same way ({@code --test-size}, {@code --split-seed}) and checks that the parts are usable.
 *
 * @param label the {@code --data} value without surrounding blanks, as given (for summaries and JSON)
 * @param csvFile the CSV file, or empty for the notebook's data
 * @param target the class column of the CSV file, or {@code null} for the notebook's data
 */
record DataSource(String label, Optional<Path> csvFile, String target) {

    /** {@code --data} for the reference notebook's data. */
    static final String NOTEBOOK = "notebook";
    private static final String CSV_PREFIX = "csv:";
    /** Rows of every class that each part of a split needs. */
    static final int MIN_ROWS_PER_CLASS = 2;

    /** Checks {@code --data} and {@code --target}; user errors are one-line {@link IllegalArgumentException}s. */
    static DataSource parse(String data, String target) {
        String source = data.strip();
        if (source.equalsIgnoreCase(NOTEBOOK)) {
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

    /**
     * Reads the rows and splits them as {@code train_test_split(test_size=testSize, random_state=splitSeed)} —
     * the notebook's data as well as a CSV file, so {@code --test-size} and {@code --split-seed} mean the same in
     * every command — then standardises them with a scaler fitted on the train part if {@code scale}.
     *
     * @throws IllegalArgumentException if the split leaves fewer than {@value #MIN_ROWS_PER_CLASS} rows of some class
     *     in the train or the test part (its accuracy, loss and their intervals would mean nothing)
     */
    PreparedData prepare(double testSize, long splitSeed, boolean scale) {
        Dataset rows = read();
        PreparedData prepared = PreparedData.prepare(rows, TrainTestSplit.testFraction(testSize), splitSeed, scale);
        int[] train = prepared.train().classCounts();
        int[] test = prepared.test().classCounts();
        for (int c = 0; c < train.length; c++) {
            if (train[c] < MIN_ROWS_PER_CLASS || test[c] < MIN_ROWS_PER_CLASS) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "--data %s: the split (--test-size %s,"
                        + " --split-seed %d) leaves class '%s' %d train and %d test rows of %d; every class needs at least %d"
                        + " rows in each part (more data, or another --test-size)", label, testSize, splitSeed,
                        rows.classNames().get(c), train[c], test[c], rows.rows(), MIN_ROWS_PER_CLASS));
            }
        }
        return prepared;
    }

    /** How {@link #prepare} split the rows, for a report's provenance. */
    String splitDescription(double testSize, long splitSeed, boolean scale) {
        String source = csvFile.map(file -> "CSV file " + file + ", target column '" + target + "'")
                .orElse("the notebook's make_classification data");
        return source + "; train_test_split(test_size=" + testSize + ", random_state=" + splitSeed + ")"
                + (scale ? "; StandardScaler fitted on train" : "; not standardised");
    }

    /**
     * A warning when the batch is larger than the train part (each epoch is then one batch of every train row), or
     * empty when it is not.
     */
    static Optional<String> batchWarning(int batchSize, int trainRows) {
        return batchSize <= trainRows ? Optional.empty() : Optional.of(String.format(Locale.ROOT,
                "warning: --batch-size %d is more than the %d train rows; every epoch is one batch of %d rows",
                batchSize, trainRows, trainRows));
    }
}
