package io.relulab.train;

/**
 * Loss and accuracy of a network on a whole data set, in inference mode.
 *
 * @param loss     mean loss over the rows
 * @param accuracy fraction of rows classified correctly; NaN when the loss defines no accuracy
 * @param rows     number of rows evaluated
 */
public record Evaluation(double loss, double accuracy, int rows) {

    /** Whether an accuracy is defined. */
    public boolean hasAccuracy() {
        return !Double.isNaN(accuracy);
    }
}
