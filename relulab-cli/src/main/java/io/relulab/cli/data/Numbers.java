package io.relulab.cli.data;

/** Parses comma-separated numbers from options, failing with one line that names the option. */
final class Numbers {

    private Numbers() {}

    static int[] ints(String option, String text) {
        String[] parts = text.split(",", -1);
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": '" + text + "' is not an integer or a comma-separated list of integers");
            }
        }
        return out;
    }

    static double[] doubles(String option, String text) {
        String[] parts = text.split(",", -1);
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": '" + text + "' is not a number or a comma-separated list of numbers");
            }
        }
        return out;
    }
}
