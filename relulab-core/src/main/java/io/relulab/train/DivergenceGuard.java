package io.relulab.train;

/**
 * When a run counts as diverged (docs/ARCHITECTURE.md §7). With the guard on, a run diverges when
 * <ul>
 *   <li>a batch loss is NaN or infinite, or</li>
 *   <li>a batch loss exceeds {@code lossExplosionFactor} times the initial training loss (the loss of the
 *       untrained network on the whole training set): the loss has exploded, or</li>
 *   <li>after an epoch, the validation loss or a weight is NaN or infinite.</li>
 * </ul>
 * The explosion test matters in double precision: with an absurd learning rate a ReLU network's loss can
 * shoot up to 1e+126 and then sit at a finite value once every unit has died, so a NaN test alone would call
 * such a run completed. The default factor 10⁴ lies far above what healthy and merely aggressive runs reach
 * (on the notebook's data Adam at lr 0.3 peaks below 70× its initial loss) and far below exploding ones
 * (SGD at lr 50: 10¹³ and more).
 *
 * @param enabled             whether to stop diverging runs at all (off: NaN runs on, for experiments)
 * @param lossExplosionFactor &gt; 1; {@code Double.POSITIVE_INFINITY} keeps only the non-finite tests
 */
public record DivergenceGuard(boolean enabled, double lossExplosionFactor) {

    /** The default explosion factor. */
    public static final double DEFAULT_LOSS_EXPLOSION_FACTOR = 1e4;

    /** On, with the default explosion factor. */
    public static final DivergenceGuard DEFAULT = new DivergenceGuard(true, DEFAULT_LOSS_EXPLOSION_FACTOR);

    /** Off: nothing stops a run. */
    public static final DivergenceGuard OFF = new DivergenceGuard(false, Double.POSITIVE_INFINITY);

    public DivergenceGuard {
        if (!(lossExplosionFactor > 1)) {
            throw new IllegalArgumentException("loss explosion factor = " + lossExplosionFactor + "; expected a number > 1 (or infinity)");
        }
    }
}
