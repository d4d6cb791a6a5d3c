package io.relulab.math;

import java.util.Arrays;

/**
 * A dense matrix of doubles stored row-major in one array: entry (r, c) is {@code data()[r * columns() + c]}.
 *
 * <p>The backing array is shared, not copied, by {@link #wrap} and {@link #data()}: this type is the
 * engine's window on its buffers, so writing through {@code data()} changes the matrix. Use
 * {@link #copy()} for an independent snapshot.
 */
public final class Matrix {

    private final int rows;
    private final int columns;
    private final double[] data;

    private Matrix(int rows, int columns, double[] data) {
        this.rows = rows;
        this.columns = columns;
        this.data = data;
    }

    /** A rows × columns matrix of zeros. */
    public static Matrix zeros(int rows, int columns) {
        checkShape(rows, columns);
        return new Matrix(rows, columns, new double[Math.multiplyExact(rows, columns)]);
    }

    /**
     * Wraps an existing row-major array of exactly {@code rows * columns} entries (not copied).
     *
     * @throws IllegalArgumentException if the shape is negative or does not match the array length
     */
    public static Matrix wrap(int rows, int columns, double[] data) {
        checkShape(rows, columns);
        if (data.length != (long) rows * columns) {
            throw new IllegalArgumentException("data length " + data.length + " does not match shape "
                    + rows + " x " + columns + "; expected " + (long) rows * columns);
        }
        return new Matrix(rows, columns, data);
    }

    /**
     * Copies a rectangular array of rows.
     *
     * @throws IllegalArgumentException if the rows have different lengths
     */
    public static Matrix of(double[][] values) {
        int rows = values.length;
        int columns = rows == 0 ? 0 : values[0].length;
        double[] data = new double[Math.multiplyExact(rows, columns)];
        for (int r = 0; r < rows; r++) {
            if (values[r].length != columns) {
                throw new IllegalArgumentException("row " + r + " has " + values[r].length
                        + " entries; expected " + columns + " like row 0");
            }
            System.arraycopy(values[r], 0, data, r * columns, columns);
        }
        return new Matrix(rows, columns, data);
    }

    /** Copies the first {@code rows * columns} entries of a buffer into a new matrix. */
    public static Matrix copyOf(int rows, int columns, double[] buffer) {
        checkShape(rows, columns);
        return new Matrix(rows, columns, Arrays.copyOf(buffer, Math.multiplyExact(rows, columns)));
    }

    private static void checkShape(int rows, int columns) {
        if (rows < 0 || columns < 0) {
            throw new IllegalArgumentException("matrix shape " + rows + " x " + columns + " is negative; expected rows >= 0 and columns >= 0");
        }
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /** The backing row-major array (shared, not copied). */
    public double[] data() {
        return data;
    }

    public double get(int row, int column) {
        return data[index(row, column)];
    }

    /** Sets entry (row, column) in place. */
    public void setInPlace(int row, int column, double value) {
        data[index(row, column)] = value;
    }

    /** A copy of one row. */
    public double[] row(int row) {
        int r = index(row, 0);
        return Arrays.copyOfRange(data, r, r + columns);
    }

    /** A copy of one column. */
    public double[] column(int column) {
        double[] values = new double[rows];
        for (int r = 0; r < rows; r++) {
            values[r] = data[index(r, column)];
        }
        return values;
    }

    /** The rows {@code from..to} (exclusive) as a new matrix. */
    public Matrix rows(int from, int to) {
        if (from < 0 || to > rows || from > to) {
            throw new IndexOutOfBoundsException("rows " + from + ".." + to + " outside 0.." + rows);
        }
        return new Matrix(to - from, columns, Arrays.copyOfRange(data, from * columns, to * columns));
    }

    /** An independent copy. */
    public Matrix copy() {
        return new Matrix(rows, columns, data.clone());
    }

    /** As an array of row copies. */
    public double[][] toArray() {
        double[][] values = new double[rows][];
        for (int r = 0; r < rows; r++) {
            values[r] = row(r);
        }
        return values;
    }

    private int index(int row, int column) {
        if (row < 0 || row >= rows || column < 0 || column >= columns) {
            throw new IndexOutOfBoundsException("entry (" + row + ", " + column + ") outside " + rows + " x " + columns);
        }
        return row * columns + column;
    }

    /** Equal shapes and bit-identical entries. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Matrix m && m.rows == rows && m.columns == columns && Arrays.equals(m.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + columns) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Matrix[" + rows + " x " + columns + "]";
    }
}
