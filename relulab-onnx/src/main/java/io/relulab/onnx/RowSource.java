package io.relulab.onnx;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Rows of a data file, read batch by batch as float32 so that a file larger than memory can be streamed
 * through a model. A row is one sample: a vector for a CSV file, any shape for {@code .npy}.
 */
public interface RowSource extends AutoCloseable {

    /** The file, as given. */
    Path file();

    /** The shape of one row (the data's shape without its first axis). */
    long[] rowShape();

    /** The number of row values, the product of {@link #rowShape()}. */
    default int rowSize() {
        long size = 1;
        for (long dim : rowShape()) {
            size *= dim;
        }
        return Math.toIntExact(size);
    }

    /**
     * Reads up to {@code maxRows} rows, row-major, into the start of {@code target}.
     *
     * @return the number of rows read; 0 at the end of the data
     * @throws IllegalArgumentException for a malformed row (one line naming the file, line or row, and the value)
     */
    int read(float[] target, int maxRows);

    /** Lower-case hex SHA-256 of the whole file; reads the rest of the file if the rows were not all read. */
    String sha256();

    @Override
    void close();

    /**
     * Opens a {@code .npy} or {@code .csv} file (by its extension).
     *
     * @param dropColumn a CSV column to leave out (e.g. the label column), or {@code null}
     */
    static RowSource open(Path file, String dropColumn) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".npy")) {
            if (dropColumn != null) {
                throw new IllegalArgumentException("--target " + dropColumn + ": " + file + " is a .npy file; --target applies to CSV files only");
            }
            return NpyRowSource.open(file);
        }
        if (name.endsWith(".csv")) {
            return CsvRowSource.open(file, dropColumn);
        }
        throw new IllegalArgumentException(file + ": unknown data format; expected a .csv file (header row, numeric columns)"
                + " or a .npy file (float32 or float64)");
    }
}
