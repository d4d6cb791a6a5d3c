package io.relulab.onnx;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Rows of a CSV file, streamed: a header row naming the columns, then one numeric row per sample (the same
 * format as everywhere in ReLU Lab: {@code relulab data} writes it). Every column is a feature except an
 * optional one left out (the label column of a training file). Values are parsed as double and rounded to
 * float32, the model's input type; a cell that is empty, not a number or not finite fails with one line
 * naming the file, line and column.
 */
final class CsvRowSource implements RowSource {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private final Path file;
    private final HashingInput input;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final String[] header;
    private final int dropped;
    private final int features;

    private CsvRowSource(Path file, HashingInput input, CSVParser parser, String[] header, int dropped) {
        this.file = file;
        this.input = input;
        this.parser = parser;
        this.records = parser.iterator();
        this.header = header;
        this.dropped = dropped;
        this.features = header.length - (dropped >= 0 ? 1 : 0);
    }

    static CsvRowSource open(Path file, String dropColumn) {
        HashingInput input = HashingInput.open(file);
        try {
            CSVParser parser = CSVParser.builder().setReader(new InputStreamReader(input.stream(), StandardCharsets.UTF_8))
                    .setFormat(FORMAT).get();
            Iterator<CSVRecord> iterator = parser.iterator();
            if (!iterator.hasNext()) {
                throw new IllegalArgumentException(file + ": the file is empty; expected a header row naming the columns");
            }
            CSVRecord headerRecord = iterator.next();
            String[] header = headerRecord.values();
            for (int c = 0; c < header.length; c++) {
                header[c] = header[c].strip();
            }
            int dropped = -1;
            if (dropColumn != null) {
                for (int c = 0; c < header.length; c++) {
                    if (header[c].equals(dropColumn)) {
                        dropped = c;
                    }
                }
                if (dropped < 0) {
                    throw new IllegalArgumentException("--target " + dropColumn + ": " + file + " has no column named '" + dropColumn
                            + "'; its columns are " + String.join(",", header));
                }
            }
            if (header.length - (dropped >= 0 ? 1 : 0) < 1) {
                throw new IllegalArgumentException(file + ": no feature columns; expected at least one numeric column");
            }
            return new CsvRowSource(file, input, parser, header, dropped);
        } catch (IOException e) {
            input.close();
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (UncheckedIOException e) {
            input.close();
            throw new IllegalArgumentException(file + ": malformed CSV: " + String.valueOf(e.getMessage()).replace('\n', ' '));
        } catch (RuntimeException e) {
            input.close();
            throw e;
        }
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public long[] rowShape() {
        return new long[] {features};
    }

    @Override
    public int read(float[] target, int maxRows) {
        int count = 0;
        try {
            while (count < maxRows && records.hasNext()) {
                CSVRecord record = records.next();
                long line = record.getParser().getCurrentLineNumber();
                if (record.size() != header.length) {
                    throw new IllegalArgumentException(file + ", line " + line + ": " + record.size() + " cells; expected "
                            + header.length + " as in the header");
                }
                int offset = count * features;
                for (int c = 0, f = 0; c < header.length; c++) {
                    if (c != dropped) {
                        target[offset + f++] = (float) parse(record.get(c), line, c);
                    }
                }
                count++;
            }
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException(file + ": malformed CSV: " + String.valueOf(e.getMessage()).replace('\n', ' '));
        }
        return count;
    }

    private double parse(String cell, long line, int column) {
        String where = file + ", line " + line + ", column " + (column + 1) + " ('" + header[column] + "')";
        String text = cell.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(where + ": empty cell; expected a number");
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": '" + cell + "' is not a number");
        }
        if (!Double.isFinite(value) || Float.isInfinite((float) value)) {
            throw new IllegalArgumentException(where + ": " + cell + " is not allowed; values must be finite float32 numbers");
        }
        return value;
    }

    @Override
    public String sha256() {
        return input.sha256();
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // a read-only stream: nothing is lost
        }
        input.close();
    }
}
