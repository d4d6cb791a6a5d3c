package io.relulab.data;

/**
 * The size of one side of a train/test split as scikit-learn takes it: a fraction of the rows in
 * (0, 1) (a Python float) or a row count (a Python int). A missing size is {@code null}.
 */
public sealed interface SplitSize {

    /** A fraction of the rows, strictly between 0 and 1 (checked against the data when splitting). */
    record Fraction(double value) implements SplitSize {
        public Fraction {
            if (Double.isNaN(value)) {
                throw new IllegalArgumentException("split size: NaN is not a fraction in (0, 1)");
            }
        }

        @Override
        public String toString() {
            return Double.toString(value);
        }
    }

    /** A number of rows (checked against the data when splitting). */
    record Count(int value) implements SplitSize {
        @Override
        public String toString() {
            return Integer.toString(value);
        }
    }

    static SplitSize fraction(double value) {
        return new Fraction(value);
    }

    static SplitSize count(int value) {
        return new Count(value);
    }

    /**
     * Parses a command-line value the way Python types it: text containing {@code .}, {@code e} or
     * {@code E} is a fraction, otherwise a count.
     *
     * @throws IllegalArgumentException if the text is not a number
     */
    static SplitSize parse(String name, String text) {
        String trimmed = text.trim();
        try {
            if (trimmed.contains(".") || trimmed.contains("e") || trimmed.contains("E")) {
                return new Fraction(Double.parseDouble(trimmed));
            }
            return new Count(Integer.parseInt(trimmed));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + text + "' is not a fraction in (0, 1) or a row count");
        }
    }
}
