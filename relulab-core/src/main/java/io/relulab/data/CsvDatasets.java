package io.relulab.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes data sets as CSV (Apache Commons CSV, RFC 4180): a header row naming the columns,
 * one row per sample, every column but the target numeric.
 *
 * <p>Target labels: when every target value is a number, classes are the distinct values in
 * ascending numeric order (as numpy's {@code unique} and scikit-learn's {@code LabelEncoder}; labels
 * 0/1 stay 0/1 and −1/1 become 0/1); otherwise the texts are mapped to classes 0, 1, ... in the order
 * they first appear. {@link Dataset#classNames()} reports the mapping.
 *
 * <p>Every problem is an {@link IllegalArgumentException} with one line naming the file, the line
 * (1 = header) and the column: empty file, no data rows, missing target column, duplicate or empty
 * column names, no feature column, ragged rows, empty cells, non-numeric cells, NaN or infinite values,
 * missing target values, a single class, malformed quoting.
 */
public final class CsvDatasets {

    private static final CSVFormat READ_FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
    private static final CSVFormat WRITE_FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private CsvDatasets() {}

    /**
     * Reads {@code file} with {@code targetColumn} as the labels and every other column as a feature.
     *
     * @throws IllegalArgumentException with a one-line message for any problem in the file
     * @throws UncheckedIOException if the file exists but cannot be read
     */
    public static Dataset read(Path file, String targetColumn) {
        String text = readText(file);
        return parse(text, file.toString(), targetColumn);
    }

    /** Parses CSV text; {@code source} names it in error messages. */
    public static Dataset parse(String text, String source, String targetColumn) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException(source + ": the file is empty; expected a header row naming the columns");
        }
        LineIndex lines = new LineIndex(text);
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, READ_FORMAT)) {
            for (CSVRecord record : parser) {
                records.add(record);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new IllegalArgumentException(source + ": malformed CSV: " + message.replace('\n', ' '));
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException(source + ": the file is empty; expected a header row naming the columns");
        }
        CSVRecord header = records.get(0);
        long headerLine = lines.lineOf(header.getCharacterPosition());
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).trim();
            if (name.isEmpty()) {
                throw new IllegalArgumentException(source + ", line " + headerLine + ", column " + (c + 1)
                        + ": empty column name in the header");
            }
            Integer previous = seen.put(name, c);
            if (previous != null) {
                throw new IllegalArgumentException(source + ", line " + headerLine + ", column " + (c + 1)
                        + ": column name '" + name + "' repeats column " + (previous + 1));
            }
            names.add(name);
        }
        Integer target = seen.get(targetColumn);
        if (target == null) {
            throw new IllegalArgumentException(source + ", line " + headerLine + ": no target column named '"
                    + targetColumn + "'; the columns are " + String.join(", ", names));
        }
        if (names.size() == 1) {
            throw new IllegalArgumentException(source + ": no feature column; the only column is the target '" + targetColumn
                    + "', expected at least one feature column beside it");
        }
        int rows = records.size() - 1;
        if (rows == 0) {
            throw new IllegalArgumentException(source + ": no data rows after the header (line " + headerLine + ")");
        }
        int width = names.size();
        int columns = width - 1;
        double[] features = new double[rows * columns];
        String[] targetTexts = new String[rows];
        long[] targetLines = new long[rows];
        for (int r = 0; r < rows; r++) {
            CSVRecord record = records.get(r + 1);
            long line = lines.lineOf(record.getCharacterPosition());
            if (record.size() != width) {
                throw new IllegalArgumentException(source + ", line " + line + ": " + record.size() + " cells, expected "
                        + width + " as in the header");
            }
            int out = 0;
            for (int c = 0; c < width; c++) {
                String cell = record.get(c).trim();
                if (c == target) {
                    if (cell.isEmpty() || isNotANumberText(cell)) {
                        throw new IllegalArgumentException(source + ", line " + line + ", column " + (c + 1) + " ('"
                                + names.get(c) + "'): missing target value '" + cell + "'");
                    }
                    targetTexts[r] = cell;
                    targetLines[r] = line;
                    continue;
                }
                features[r * columns + out++] = parseNumber(cell, source, line, c, names.get(c));
            }
        }
        List<String> featureNames = new ArrayList<>(names);
        featureNames.remove((int) target);
        TargetEncoding encoding = encodeTarget(targetTexts);
        if (encoding.classNames.size() < 2) {
            throw new IllegalArgumentException(source + ", column " + (target + 1) + " ('" + targetColumn
                    + "'): a single class '" + encoding.classNames.get(0) + "' in all " + rows
                    + " rows; classification needs at least two classes");
        }
        return Dataset.trusted(features, rows, columns, encoding.labels, List.copyOf(featureNames), targetColumn,
                List.copyOf(encoding.classNames));
    }

    private static boolean isNotANumberText(String cell) {
        String lower = cell.toLowerCase(Locale.ROOT);
        return lower.equals("nan") || lower.equals("+nan") || lower.equals("-nan");
    }

    private static double parseNumber(String cell, String source, long line, int column, String name) {
        String where = source + ", line " + line + ", column " + (column + 1) + " ('" + name + "')";
        if (cell.isEmpty()) {
            throw new IllegalArgumentException(where + ": empty cell; expected a number");
        }
        double value;
        try {
            value = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            String lower = cell.toLowerCase(Locale.ROOT).replaceFirst("^[+-]", "");
            if (lower.equals("nan") || lower.equals("inf") || lower.equals("infinity")) {
                throw new IllegalArgumentException(where + ": " + cell + " is not allowed; values must be finite");
            }
            throw new IllegalArgumentException(where + ": '" + cell + "' is not a number");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(where + ": " + cell + " is not allowed; values must be finite");
        }
        if (cell.endsWith("d") || cell.endsWith("D") || cell.endsWith("f") || cell.endsWith("F")) {
            throw new IllegalArgumentException(where + ": '" + cell + "' is not a number");
        }
        return value;
    }

    private record TargetEncoding(int[] labels, List<String> classNames) {}

    private static TargetEncoding encodeTarget(String[] texts) {
        int rows = texts.length;
        double[] numbers = new double[rows];
        boolean numeric = true;
        for (int r = 0; r < rows && numeric; r++) {
            try {
                numbers[r] = Double.parseDouble(texts[r]);
                numeric = Double.isFinite(numbers[r]) && !texts[r].matches(".*[dDfF]$");
            } catch (NumberFormatException e) {
                numeric = false;
            }
        }
        int[] labels = new int[rows];
        List<String> classNames = new ArrayList<>();
        if (numeric) {
            TreeMap<Double, Integer> classes = new TreeMap<>();
            for (double v : numbers) {
                classes.put(v == 0.0 ? 0.0 : v, 0);
            }
            int index = 0;
            for (Map.Entry<Double, Integer> entry : classes.entrySet()) {
                entry.setValue(index++);
                classNames.add(numberName(entry.getKey()));
            }
            for (int r = 0; r < rows; r++) {
                labels[r] = classes.get(numbers[r] == 0.0 ? 0.0 : numbers[r]);
            }
        } else {
            Map<String, Integer> classes = new LinkedHashMap<>();
            for (int r = 0; r < rows; r++) {
                Integer index = classes.get(texts[r]);
                if (index == null) {
                    index = classes.size();
                    classes.put(texts[r], index);
                    classNames.add(texts[r]);
                }
                labels[r] = index;
            }
        }
        return new TargetEncoding(labels, classNames);
    }

    private static String numberName(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    private static String readText(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code data} atomically (temporary file, then move) with the header {@code
     * columnNames..., targetName}; features as {@link Double#toString(double)} (which parses back to
     * the same double) and labels as their class names.
     */
    public static void write(Dataset data, Path file) {
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        try {
            if (directory != null) {
                Files.createDirectories(directory);
            }
            // not Files.createTempFile: that makes the file owner-only (0600), and the move would keep it so
            Path temporary = directory.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try {
                try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    print(data, writer);
                }
                try {
                    Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write: " + writeFailure(e, directory), e);
        }
    }

    /** Why a write failed, naming the target's folder rather than the temporary file. */
    private static String writeFailure(IOException e, Path directory) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied in " + directory;
        }
        if (e instanceof java.nio.file.FileSystemException failure && failure.getReason() != null) {
            return failure.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replace('\n', ' ');
    }

    /**
     * Prints {@code data} as CSV to {@code out} (header, then one line per row, {@code \n} line ends),
     * in the format of {@link #write(Dataset, Path)}; flushes but does not close {@code out}.
     */
    public static void print(Dataset data, Appendable out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, WRITE_FORMAT);
        List<String> header = new ArrayList<>(data.columnNames());
        header.add(data.targetName());
        printer.printRecord(header);
        double[] features = data.featuresView();
        int columns = data.columns();
        String[] row = new String[columns + 1];
        for (int r = 0; r < data.rows(); r++) {
            for (int c = 0; c < columns; c++) {
                row[c] = Double.toString(features[r * columns + c]);
            }
            row[columns] = data.classNames().get(data.label(r));
            printer.printRecord((Object[]) row);
        }
        printer.flush();
    }

    /** Maps character offsets of a text to 1-based line numbers (\n, \r\n or \r terminators). */
    private static final class LineIndex {
        private final int[] lineStarts;
        private final String text;

        LineIndex(String text) {
            this.text = text;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '\n' || (ch == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The line of the first character at or after {@code position} that is not a line terminator. */
        long lineOf(long position) {
            while (position < text.length() && (text.charAt((int) position) == '\n' || text.charAt((int) position) == '\r')) {
                position++;
            }
            int index = Arrays.binarySearch(lineStarts, (int) position);
            return index >= 0 ? index + 1 : -index - 1;
        }
    }
}
