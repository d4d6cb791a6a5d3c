package io.relulab.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * Which training rows a dead-neuron check looks at, and in what pieces.
 *
 * <ul>
 *   <li>{@link #firstRows(int)}: the first n rows in one pass — {@link #notebook()} is the first
 *       {@value #NOTEBOOK_ROWS}, as the reference notebook's callback (default);</li>
 *   <li>{@link #full()}: every row in one pass;</li>
 *   <li>{@link #streamed(int)}: every row, in consecutive batches of the given size, so that the probe
 *       never has to be one large matrix (the keras-contrib#480 request for generators). Gives the
 *       same report as {@link #full()}.</li>
 * </ul>
 *
 * @param kind the kind of probe
 * @param rows number of rows for {@link Kind#FIRST_ROWS}, batch size for {@link Kind#STREAMED}, 0 for
 *             {@link Kind#FULL}
 */
public record ProbeSet(Kind kind, int rows) {

    /** Rows probed by the reference notebook's callback. */
    public static final int NOTEBOOK_ROWS = 100;
    /** Default batch size of a streamed probe. */
    public static final int DEFAULT_STREAM_BATCH = 1024;

    /** The kinds of probe. */
    public enum Kind {
        /** The first n rows. */
        FIRST_ROWS,
        /** All rows at once. */
        FULL,
        /** All rows in batches. */
        STREAMED
    }

    public ProbeSet {
        if (kind == null) {
            throw new IllegalArgumentException("probe kind must not be null");
        }
        if (kind == Kind.FULL ? rows != 0 : rows < 1) {
            throw new IllegalArgumentException("probe rows must be " + (kind == Kind.FULL ? "0 for a full probe" : "at least 1")
                    + ", got " + rows);
        }
    }

    /** The first {@value #NOTEBOOK_ROWS} rows, as the notebook. */
    public static ProbeSet notebook() {
        return firstRows(NOTEBOOK_ROWS);
    }

    /** The first {@code count} rows (all rows if there are fewer). */
    public static ProbeSet firstRows(int count) {
        return new ProbeSet(Kind.FIRST_ROWS, count);
    }

    /** All rows in one pass. */
    public static ProbeSet full() {
        return new ProbeSet(Kind.FULL, 0);
    }

    /** All rows in consecutive batches of {@code batchSize}. */
    public static ProbeSet streamed(int batchSize) {
        return new ProbeSet(Kind.STREAMED, batchSize);
    }

    /**
     * The row ranges {@code [from, to)} to probe, in order, for a data set of {@code datasetRows} rows.
     */
    public List<int[]> ranges(int datasetRows) {
        if (datasetRows < 1) {
            throw new IllegalArgumentException("a probe needs at least one row, the data set has " + datasetRows);
        }
        List<int[]> ranges = new ArrayList<>();
        switch (kind) {
            case FIRST_ROWS -> ranges.add(new int[] {0, Math.min(rows, datasetRows)});
            case FULL -> ranges.add(new int[] {0, datasetRows});
            case STREAMED -> {
                for (int from = 0; from < datasetRows; from += rows) {
                    ranges.add(new int[] {from, Math.min(datasetRows, from + rows)});
                }
            }
        }
        return ranges;
    }

    /** A short description for reports: {@code first100}, {@code full} or {@code stream:1024}. */
    public String describe() {
        return switch (kind) {
            case FIRST_ROWS -> "first" + rows;
            case FULL -> "full";
            case STREAMED -> "stream:" + rows;
        };
    }

    /**
     * {@code ProbeSet[kind=FIRST_ROWS, rows=100]}, the text of a record's generated {@code toString}, written out: the
     * command line's parser formats every option's value once at start-up, and the generated method's first call
     * makes the JVM build (and then compile) a dozen method-handle classes, about 30 ms of every run's start.
     */
    @Override
    public String toString() {
        return "ProbeSet[kind=" + kind + ", rows=" + rows + "]";
    }

    /** The probe in words, for sentences: {@code the first 100 training rows} or {@code the full training set}. */
    public String inWords() {
        return switch (kind) {
            case FIRST_ROWS -> "the first " + rows + " training " + (rows == 1 ? "row" : "rows");
            case FULL, STREAMED -> "the full training set";
        };
    }
}
