package io.relulab.simulation;

/**
 * Settings of the notebook's toy dying-ReLU simulation ({@link DyingSimulation}).
 *
 * <p>The notebook's settings are the defaults ({@link #notebook()}): {@value #NOTEBOOK_UNITS} units,
 * weights N({@value #NOTEBOOK_WEIGHT_MEAN}, {@value #NOTEBOOK_WEIGHT_SPREAD}²) of dimension
 * {@value #NOTEBOOK_INPUT_DIMENSION}, biases N({@value #NOTEBOOK_BIAS_MEAN}, {@value #NOTEBOOK_BIAS_SPREAD}²),
 * {@value #NOTEBOOK_INPUT_COUNT} inputs N(0, {@value #NOTEBOOK_INPUT_SCALE}²), {@value #NOTEBOOK_EPOCHS}
 * epochs of N(0, {@value #NOTEBOOK_UPDATE_SCALE}²) updates to alive units, numpy seed
 * {@value #NOTEBOOK_SEED}. Spreads are standard deviations, as numpy's {@code normal(loc, scale)}.
 *
 * <p>{@link #dying()} is a documented option set under which units do die and stay dead: the same
 * notebook except inputs N(0, {@value #DYING_INPUT_SCALE}²). The pre-activation's spread across inputs
 * then shrinks from about 6.5 to about 0.33 while the bias stays near −1, so only units whose weights
 * happen to be large or whose bias is near 0 can still fire; the random updates push more of them below
 * zero every epoch, and dead units are never updated again. Seed 42 (numpy and Java alike):
 * 17, 24, 28, 30, 34, 36, 38, 41, 43, 45 dead units in epochs 1–10.
 *
 * @param seed          numpy seed ({@code np.random.seed}), 0 ≤ seed &lt; 2³²
 * @param units         number of ReLU units, ≥ 1
 * @param inputDimension input dimension (fan-in of every unit), ≥ 1
 * @param inputCount    number of inputs (rows) a unit is tested on, ≥ 1
 * @param inputScale    standard deviation of the inputs (mean 0), ≥ 0
 * @param weightMean    mean of the initial weights
 * @param weightSpread  standard deviation of the initial weights, ≥ 0
 * @param biasMean      mean of the initial biases
 * @param biasSpread    standard deviation of the initial biases, ≥ 0
 * @param updateScale   standard deviation of the per-epoch random update of alive units, ≥ 0
 * @param epochs        number of epochs, ≥ 1
 */
public record DyingSimulationConfig(
        long seed,
        int units,
        int inputDimension,
        int inputCount,
        double inputScale,
        double weightMean,
        double weightSpread,
        double biasMean,
        double biasSpread,
        double updateScale,
        int epochs) {

    /** The notebook's seed. */
    public static final long NOTEBOOK_SEED = 42;
    /** The notebook's number of units. */
    public static final int NOTEBOOK_UNITS = 100;
    /** The notebook's input dimension. */
    public static final int NOTEBOOK_INPUT_DIMENSION = 10;
    /** The notebook's number of inputs. */
    public static final int NOTEBOOK_INPUT_COUNT = 1000;
    /** The notebook's input standard deviation. */
    public static final double NOTEBOOK_INPUT_SCALE = 1.0;
    /** The notebook's weight mean. */
    public static final double NOTEBOOK_WEIGHT_MEAN = -2.0;
    /** The notebook's weight standard deviation. */
    public static final double NOTEBOOK_WEIGHT_SPREAD = 0.5;
    /** The notebook's bias mean. */
    public static final double NOTEBOOK_BIAS_MEAN = -1.0;
    /** The notebook's bias standard deviation. */
    public static final double NOTEBOOK_BIAS_SPREAD = 0.2;
    /** The notebook's update standard deviation. */
    public static final double NOTEBOOK_UPDATE_SCALE = 0.1;
    /** The notebook's number of epochs. */
    public static final int NOTEBOOK_EPOCHS = 10;
    /** Input standard deviation of the {@link #dying()} option set. */
    public static final double DYING_INPUT_SCALE = 0.05;

    /** Largest seed numpy's {@code np.random.seed} accepts, plus one. */
    private static final long SEED_LIMIT = 1L << 32;

    public DyingSimulationConfig {
        if (seed < 0 || seed >= SEED_LIMIT) {
            throw new IllegalArgumentException("seed must be in [0, 2^32) as for numpy's np.random.seed, got " + seed);
        }
        requireAtLeastOne("units", units);
        requireAtLeastOne("inputDimension", inputDimension);
        requireAtLeastOne("inputCount", inputCount);
        requireAtLeastOne("epochs", epochs);
        requireNonNegative("inputScale", inputScale);
        requireFinite("weightMean", weightMean);
        requireNonNegative("weightSpread", weightSpread);
        requireFinite("biasMean", biasMean);
        requireNonNegative("biasSpread", biasSpread);
        requireNonNegative("updateScale", updateScale);
        if ((long) units * inputDimension > Integer.MAX_VALUE || (long) inputCount * inputDimension > Integer.MAX_VALUE
                || (long) inputCount * units > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("units, inputDimension and inputCount are too large: " + units + ", "
                    + inputDimension + ", " + inputCount + " (each pairwise product must stay below 2^31)");
        }
    }

    /** The notebook's settings with seed {@value #NOTEBOOK_SEED}. */
    public static DyingSimulationConfig notebook() {
        return new DyingSimulationConfig(NOTEBOOK_SEED, NOTEBOOK_UNITS, NOTEBOOK_INPUT_DIMENSION, NOTEBOOK_INPUT_COUNT,
                NOTEBOOK_INPUT_SCALE, NOTEBOOK_WEIGHT_MEAN, NOTEBOOK_WEIGHT_SPREAD, NOTEBOOK_BIAS_MEAN,
                NOTEBOOK_BIAS_SPREAD, NOTEBOOK_UPDATE_SCALE, NOTEBOOK_EPOCHS);
    }

    /** The notebook's settings with inputs N(0, {@value #DYING_INPUT_SCALE}²): units die and stay dead. */
    public static DyingSimulationConfig dying() {
        return notebook().withInputScale(DYING_INPUT_SCALE);
    }

    /** This configuration with another seed. */
    public DyingSimulationConfig withSeed(long newSeed) {
        return new DyingSimulationConfig(newSeed, units, inputDimension, inputCount, inputScale, weightMean,
                weightSpread, biasMean, biasSpread, updateScale, epochs);
    }

    /** This configuration with another input standard deviation. */
    public DyingSimulationConfig withInputScale(double newInputScale) {
        return new DyingSimulationConfig(seed, units, inputDimension, inputCount, newInputScale, weightMean, weightSpread, biasMean, biasSpread, updateScale, epochs);
    }

    private static void requireAtLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, got " + value);
        }
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number ≥ 0, got " + value);
        }
    }
}
