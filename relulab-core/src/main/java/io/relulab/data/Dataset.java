package io.relulab.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * An immutable classification data set: a row-major feature matrix of finite doubles, one class
 * label per row, and the names of the feature columns, the target and the classes.
 *
 * <p>Labels are class indices {@code 0 .. classCount()-1}; {@code classNames().get(i)} is the text
 * of class {@code i} (for scikit-learn generators {@code "0"}, {@code "1"}, ...). Row-major means
 * element (r, c) is at {@code r * columns() + c}, the layout of a C-contiguous numpy array.
 *
 * <p>Fingerprints follow the fixture convention of {@code docs/specs/sklearn-compat.md}: SHA-256 of the
 * little-endian float64 features in row-major order ({@link #featuresSha256()}, equal to Python's
 * {@code hashlib.sha256(X.astype('<f8').tobytes())}) and of the labels as little-endian int64
 * ({@link #labelsSha256()}); {@link #fingerprint()} hashes the features' bytes followed by the
 * labels' bytes.
 */
public final class Dataset {

    /** Default name of the target column. */
    public static final String DEFAULT_TARGET_NAME = "y";

    private final double[] features;
    private final int rows;
    private final int columns;
    private final int[] labels;
    private final List<String> columnNames;
    private final String targetName;
    private final List<String> classNames;

    private Dataset(double[] features, int rows, int columns, int[] labels, List<String> columnNames,
            String targetName, List<String> classNames) {
        this.features = features;
        this.rows = rows;
        this.columns = columns;
        this.labels = labels;
        this.columnNames = columnNames;
        this.targetName = targetName;
        this.classNames = classNames;
    }

    /**
     * Creates a data set, copying the arrays.
     *
     * @param featuresRowMajor {@code rows * columns} finite values, row-major
     * @param labels one class index in {@code [0, classNames.size())} per row
     * @param columnNames one distinct, non-blank name per column
     * @param targetName the name of the label column
     * @param classNames the text of each class, distinct, at least one
     * @throws IllegalArgumentException naming the first offending argument
     */
    public static Dataset of(double[] featuresRowMajor, int rows, int columns, int[] labels,
            List<String> columnNames, String targetName, List<String> classNames) {
        Objects.requireNonNull(featuresRowMajor, "featuresRowMajor");
        Objects.requireNonNull(labels, "labels");
        if (rows < 0 || columns < 0) {
            throw new IllegalArgumentException("shape: " + rows + "x" + columns + " must not be negative");
        }
        if ((long) rows * columns != featuresRowMajor.length) {
            throw new IllegalArgumentException("featuresRowMajor: length " + featuresRowMajor.length
                    + " does not match " + rows + " rows x " + columns + " columns");
        }
        if (labels.length != rows) {
            throw new IllegalArgumentException("labels: length " + labels.length + " does not match " + rows + " rows");
        }
        for (int i = 0; i < featuresRowMajor.length; i++) {
            if (!Double.isFinite(featuresRowMajor[i])) {
                throw new IllegalArgumentException("features: row " + (i / columns) + ", column " + (i % columns)
                        + " is " + featuresRowMajor[i] + "; expected a finite number");
            }
        }
        List<String> columnList = List.copyOf(columnNames);
        if (columnList.size() != columns) {
            throw new IllegalArgumentException("columnNames: " + columnList.size() + " names for " + columns + " columns");
        }
        requireDistinct("columnNames", columnList);
        Objects.requireNonNull(targetName, "targetName");
        List<String> classList = List.copyOf(classNames);
        if (classList.isEmpty()) {
            throw new IllegalArgumentException("classNames: at least one class is required");
        }
        requireDistinct("classNames", classList);
        for (int r = 0; r < rows; r++) {
            if (labels[r] < 0 || labels[r] >= classList.size()) {
                throw new IllegalArgumentException("labels: row " + r + " has class index " + labels[r]
                        + "; expected 0.." + (classList.size() - 1));
            }
        }
        return new Dataset(featuresRowMajor.clone(), rows, columns, labels.clone(), columnList, targetName, classList);
    }

    /**
     * A data set with scikit-learn's default names: columns {@code x0 .. x{n-1}}, target {@code y}
     * and classes {@code "0" .. "k-1"}, where k is one more than the largest label (at least 1).
     */
    public static Dataset of(double[] featuresRowMajor, int rows, int columns, int[] labels) {
        int classes = 1;
        for (int label : labels) {
            classes = Math.max(classes, label + 1);
        }
        return of(featuresRowMajor, rows, columns, labels, defaultColumnNames(columns), DEFAULT_TARGET_NAME,
                defaultClassNames(classes));
    }

    /** {@code x0 .. x{columns-1}}. */
    public static List<String> defaultColumnNames(int columns) {
        List<String> names = new ArrayList<>(columns);
        for (int c = 0; c < columns; c++) {
            names.add("x" + c);
        }
        return names;
    }

    /** {@code "0" .. "{classes-1}"}. */
    public static List<String> defaultClassNames(int classes) {
        List<String> names = new ArrayList<>(classes);
        for (int c = 0; c < classes; c++) {
            names.add(Integer.toString(c));
        }
        return names;
    }

    private static void requireDistinct(String what, List<String> names) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException(what + ": names must not be blank");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException(what + ": '" + name + "' appears twice");
            }
        }
    }

    /** Package-private constructor that takes ownership of already validated arrays. */
    static Dataset trusted(double[] features, int rows, int columns, int[] labels, List<String> columnNames,
            String targetName, List<String> classNames) {
        return new Dataset(features, rows, columns, labels, columnNames, targetName, classNames);
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /** Feature {@code column} of row {@code row}. */
    public double feature(int row, int column) {
        Objects.checkIndex(row, rows);
        Objects.checkIndex(column, columns);
        return features[row * columns + column];
    }

    /** A copy of the feature matrix, row-major ({@code rows() * columns()} values). */
    public double[] featuresRowMajor() {
        return features.clone();
    }

    /** A copy of one row's features. */
    public double[] row(int row) {
        Objects.checkIndex(row, rows);
        double[] out = new double[columns];
        System.arraycopy(features, row * columns, out, 0, columns);
        return out;
    }

    /**
     * Copies the features of rows {@code rowIndices[from..to)} into {@code destination} row-major,
     * starting at index 0 (a minibatch); allocates nothing.
     */
    public void copyRowsInto(int[] rowIndices, int from, int to, double[] destination) {
        Objects.checkFromToIndex(from, to, rowIndices.length);
        if (destination.length < (to - from) * columns) {
            throw new IllegalArgumentException("destination: length " + destination.length + " < "
                    + (to - from) * columns + " needed for " + (to - from) + " rows");
        }
        int offset = 0;
        for (int i = from; i < to; i++) {
            int row = Objects.checkIndex(rowIndices[i], rows);
            System.arraycopy(features, row * columns, destination, offset, columns);
            offset += columns;
        }
    }

    /**
     * Copies the labels of rows {@code rowIndices[from..to)}, as doubles, into {@code destination}
     * starting at index 0; allocates nothing.
     */
    public void copyLabelsInto(int[] rowIndices, int from, int to, double[] destination) {
        Objects.checkFromToIndex(from, to, rowIndices.length);
        if (destination.length < to - from) {
            throw new IllegalArgumentException("destination: length " + destination.length + " < " + (to - from));
        }
        for (int i = from; i < to; i++) {
            destination[i - from] = labels[Objects.checkIndex(rowIndices[i], rows)];
        }
    }

    /** Class index of row {@code row}. */
    public int label(int row) {
        return labels[Objects.checkIndex(row, rows)];
    }

    /** A copy of the labels as doubles (class indices: 0.0, 1.0, ...), the form a loss function takes. */
    public double[] labels() {
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) {
            out[r] = labels[r];
        }
        return out;
    }

    /** A copy of the labels as class indices. */
    public int[] labelIndices() {
        return labels.clone();
    }

    /** Number of rows of each class, indexed by class. */
    public int[] classCounts() {
        int[] counts = new int[classNames.size()];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    public int classCount() {
        return classNames.size();
    }

    public List<String> columnNames() {
        return columnNames;
    }

    public String targetName() {
        return targetName;
    }

    public List<String> classNames() {
        return classNames;
    }

    /** The rows {@code rowIndices}, in that order (numpy's {@code X[indices]}); names are kept. */
    public Dataset selectRows(int[] rowIndices) {
        double[] out = new double[rowIndices.length * columns];
        int[] outLabels = new int[rowIndices.length];
        for (int i = 0; i < rowIndices.length; i++) {
            int row = Objects.checkIndex(rowIndices[i], rows);
            System.arraycopy(features, row * columns, out, i * columns, columns);
            outLabels[i] = labels[row];
        }
        return new Dataset(out, rowIndices.length, columns, outLabels, columnNames, targetName, classNames);
    }

    /** The same labels and names with a new feature matrix of the same shape (copied and checked). */
    public Dataset withFeatures(double[] featuresRowMajor) {
        return of(featuresRowMajor, rows, columns, labels, columnNames, targetName, classNames);
    }

    /** Package-private: the features without a copy, for this package's algorithms (never modified). */
    double[] featuresView() {
        return features;
    }

    /** Package-private: the labels without a copy (never modified). */
    int[] labelsView() {
        return labels;
    }

    /** SHA-256 (lower-case hex) of the features as little-endian float64, row-major. */
    public String featuresSha256() {
        return hex(digest(featureBytes()));
    }

    /** SHA-256 (lower-case hex) of the labels as little-endian int64. */
    public String labelsSha256() {
        return hex(digest(labelBytes()));
    }

    /**
     * Provenance fingerprint: SHA-256 (lower-case hex) of the features' little-endian float64 bytes
     * followed by the labels' little-endian int64 bytes. Equal data gives equal fingerprints, bit
     * for bit ({@code -0.0} and {@code 0.0} differ).
     */
    public String fingerprint() {
        MessageDigest sha = sha256();
        sha.update(featureBytes());
        sha.update(labelBytes());
        return hex(sha.digest());
    }

    private byte[] featureBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(features.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : features) {
            buffer.putLong(Double.doubleToRawLongBits(v));
        }
        return buffer.array();
    }

    private byte[] labelBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(labels.length * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int label : labels) {
            buffer.putLong(label);
        }
        return buffer.array();
    }

    private static byte[] digest(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        return "Dataset[" + rows + " rows x " + columns + " columns, target " + targetName + ", classes "
                + classNames + "]";
    }
}
