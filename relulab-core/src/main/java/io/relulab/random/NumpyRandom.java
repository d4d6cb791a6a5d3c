package io.relulab.random;

import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;

/**
 * A Mersenne Twister (MT19937) generator that reproduces numpy 1.24's legacy
 * {@code numpy.random.RandomState(seed)} draw for draw and bit for bit, as specified in
 * {@code docs/specs/sklearn-compat.md} §2–§3: seeding ({@code init_genrand}), 32-bit tempered
 * outputs, 53-bit doubles, the Marsaglia polar normal generator with its cached second value and
 * glibc's {@code log} ({@link GlibcLog}), bounded integers by masked rejection, Fisher–Yates
 * shuffles from the end, permutations and choice without replacement.
 *
 * <p>Each {@code RandomGenerator} method maps onto numpy's draws as follows:
 *
 * <ul>
 *   <li>{@link #nextInt()}: one 32-bit output ({@code next_uint32}), reinterpreted as signed;
 *   <li>{@link #nextLong()}: numpy's {@code next_uint64}, two 32-bit outputs, the first being the high
 *       word;
 *   <li>{@link #nextDouble()}: {@link #randomSample()} (two 32-bit outputs);
 *   <li>{@link #nextGaussian()}: {@link #standardNormal()} (shares the cache);
 *   <li>{@link #nextInt(int)}, {@link #nextInt(int, int)}, {@link #nextLong(long)}, {@link
 *       #nextLong(long, long)}: {@code randint} with numpy's masked rejection.
 * </ul>
 *
 * <p>Not thread-safe: give each thread or trial its own instance, for example from {@link
 * #forStream(long, long...)}.
 */
public final class NumpyRandom implements RandomGenerator {

    /** Largest seed numpy's {@code RandomState(int)} accepts, 2^32 − 1. */
    public static final long MAX_SEED = 0xFFFFFFFFL;

    private static final int STATE_WORDS = 624;
    private static final int SHIFT = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;
    private static final double TWO_POW_26 = 67108864.0;
    private static final double TWO_POW_53 = 9007199254740992.0;

    private final int[] key = new int[STATE_WORDS];
    private int position;
    private boolean hasGauss;
    private double gauss;

    /**
     * Seeds the generator exactly like {@code numpy.random.RandomState(seed)} (and {@code
     * numpy.random.seed(seed)}) with an integer seed.
     *
     * @param seed in [0, 2^32 − 1], as numpy requires
     * @throws IllegalArgumentException if the seed is outside that range
     */
    public NumpyRandom(long seed) {
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException(
                    "seed: " + seed + " is outside numpy's RandomState range [0, " + MAX_SEED + "]");
        }
        key[0] = (int) seed;
        for (int i = 1; i < STATE_WORDS; i++) {
            int previous = key[i - 1];
            key[i] = 1812433253 * (previous ^ (previous >>> 30)) + i;
        }
        position = STATE_WORDS;
    }

    private NumpyRandom(NumpyRandom source) {
        System.arraycopy(source.key, 0, key, 0, STATE_WORDS);
        position = source.position;
        hasGauss = source.hasGauss;
        gauss = source.gauss;
    }

    /**
     * Derives an independent generator for one stream, for example a trial identified by (spec,
     * variant, seed): {@code forStream(seed, NumpyRandom.labelKey(specName), variantIndex)}. The
     * numpy seed is the upper 32 bits of {@code h}, where {@code h = mix(seed)} and then {@code h =
     * mix(h ^ key)} for each key in order, and {@code mix} is SplitMix64's output function applied to
     * {@code z + 0x9E3779B97F4A7C15}: {@code z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9; z = (z ^ (z
     * >>> 27)) * 0x94D049BB133111EB; z ^ (z >>> 31)} (Steele, Lea and Flood 2014). The same
     * arguments always give the same stream; different arguments give unrelated seeds (collisions
     * among 2^32 seeds are possible but rare).
     */
    public static NumpyRandom forStream(long seed, long... keys) {
        return new NumpyRandom(streamSeed(seed, keys));
    }

    /** The numpy seed in [0, 2^32 − 1] that {@link #forStream(long, long...)} uses. */
    public static long streamSeed(long seed, long... keys) {
        long h = splitMix64(seed);
        for (long k : keys) {
            h = splitMix64(h ^ k);
        }
        return h >>> 32;
    }

    /**
     * A stable 64-bit key for a text label (64-bit FNV-1a over its UTF-8 bytes), for use with
     * {@link #forStream(long, long...)}.
     */
    public static long labelKey(CharSequence label) {
        long h = 0xcbf29ce484222325L;
        for (byte b : label.toString().getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long splitMix64(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** An independent copy with the same state, including the cached normal value. */
    public NumpyRandom copy() {
        return new NumpyRandom(this);
    }

    /** Word {@code index} of the MT19937 state, for tests against numpy's {@code get_state()}. */
    int stateWord(int index) {
        return key[index];
    }

    // ---------------------------------------------------------------- raw outputs

    private void twist() {
        for (int i = 0; i < STATE_WORDS; i++) {
            int y = (key[i] & UPPER_MASK) | (key[(i + 1) % STATE_WORDS] & LOWER_MASK);
            int v = key[(i + SHIFT) % STATE_WORDS] ^ (y >>> 1);
            if ((y & 1) != 0) {
                v ^= MATRIX_A;
            }
            key[i] = v;
        }
        position = 0;
    }

    private int next32() {
        if (position == STATE_WORDS) {
            twist();
        }
        int y = key[position++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** numpy's {@code next_uint32}: one tempered 32-bit output in [0, 2^32). */
    public long nextUnsignedInt() {
        return next32() & 0xFFFFFFFFL;
    }

    /** One 32-bit output ({@code next_uint32}) reinterpreted as a signed int. */
    @Override
    public int nextInt() {
        return next32();
    }

    /** numpy's {@code next_uint64}: {@code (next_uint32 << 32) | next_uint32}, high word first. */
    @Override
    public long nextLong() {
        long high = next32() & 0xFFFFFFFFL;
        long low = next32() & 0xFFFFFFFFL;
        return (high << 32) | low;
    }

    // ---------------------------------------------------------------- uniform

    /**
     * numpy's {@code random_sample()}: {@code ((a >> 5) * 2^26 + (b >> 6)) / 2^53} from two 32-bit
     * outputs; a multiple of 2^-53 in [0, 1).
     */
    public double randomSample() {
        int a = next32() >>> 5;
        int b = next32() >>> 6;
        return (a * TWO_POW_26 + b) / TWO_POW_53;
    }

    /** Same as {@link #randomSample()}. */
    @Override
    public double nextDouble() {
        return randomSample();
    }

    /** Fills {@code out} with {@link #randomSample()} values in index order (numpy's C order). */
    public void randomSampleInPlace(double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = randomSample();
        }
    }

    /**
     * numpy's {@code uniform(low, high)}: {@code low + (high - low) * randomSample()}, each operation
     * rounded separately (no fused multiply-add).
     */
    public double uniform(double low, double high) {
        double range = high - low;
        return low + range * randomSample();
    }

    /** {@code size} values of {@code uniform(low, high)}, in order. */
    public double[] uniform(double low, double high, int size) {
        requireSize(size);
        double range = high - low;
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = low + range * randomSample();
        }
        return out;
    }

    // ---------------------------------------------------------------- normal

    /**
     * numpy's legacy {@code standard_normal()} ({@code legacy_gauss}): Marsaglia's polar method.
     * Draws {@code x1 = 2u1 - 1}, {@code x2 = 2u2 - 1} until {@code 0 < r2 = x1² + x2² < 1}, then
     * {@code f = sqrt(-2 log(r2) / r2)}; returns {@code f·x2} and caches {@code f·x1} for the next
     * call. The cache survives every other method and is cleared only by seeding. {@code log} is
     * glibc's ({@link GlibcLog}).
     */
    public double standardNormal() {
        if (hasGauss) {
            hasGauss = false;
            double cached = gauss;
            gauss = 0.0;
            return cached;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * randomSample() - 1.0;
            x2 = 2.0 * randomSample() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * GlibcLog.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** {@code size} values of {@link #standardNormal()}, in order. */
    public double[] standardNormal(int size) {
        requireSize(size);
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = standardNormal();
        }
        return out;
    }

    /** Same as {@link #standardNormal()}. */
    @Override
    public double nextGaussian() {
        return standardNormal();
    }

    /** numpy's legacy {@code normal(loc, scale)}: {@code loc + scale * standardNormal()}, not fused. */
    public double normal(double loc, double scale) {
        if (!(scale >= 0.0)) {
            throw new IllegalArgumentException("scale: " + scale + " must be >= 0");
        }
        return loc + scale * standardNormal();
    }

    /** Same as {@link #normal(double, double)}. */
    @Override
    public double nextGaussian(double mean, double stddev) {
        return normal(mean, stddev);
    }

    // ---------------------------------------------------------------- bounded integers

    private static long maskFor(long range) {
        long mask = range;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        mask |= mask >>> 32;
        return mask;
    }

    /**
     * A value in the closed range [0, range] (range read as unsigned 64-bit) by numpy's masked
     * rejection ({@code random_bounded_uint64} with {@code use_masked}): no draw when range is 0; one
     * 32-bit output when range is 2^32 − 1; repeated {@code next32 & mask} when range < 2^32 − 1;
     * {@code next64} when range is 2^64 − 1; repeated {@code next64 & mask} otherwise.
     */
    private long boundedMasked(long range) {
        if (range == 0) {
            return 0;
        }
        if (Long.compareUnsigned(range, 0xFFFFFFFFL) <= 0) {
            if (range == 0xFFFFFFFFL) {
                return nextUnsignedInt();
            }
            long mask = maskFor(range);
            long value;
            do {
                value = nextUnsignedInt() & mask;
            } while (value > range);
            return value;
        }
        if (range == -1L) {
            return nextLong();
        }
        long mask = maskFor(range);
        long value;
        do {
            value = nextLong() & mask;
        } while (Long.compareUnsigned(value, range) > 0);
        return value;
    }

    /**
     * numpy's {@code random_interval(max)}, used by {@code shuffle}: a value in [0, max] by masked
     * rejection with 32-bit draws when max < 2^32 and 64-bit draws otherwise; no draw when max is 0.
     *
     * @param max the inclusive upper bound, at least 0
     */
    public long randomInterval(long max) {
        if (max < 0) {
            throw new IllegalArgumentException("max: " + max + " must be >= 0");
        }
        if (max == 0) {
            return 0;
        }
        long mask = maskFor(max);
        long value;
        if (max <= 0xFFFFFFFFL) {
            do {
                value = nextUnsignedInt() & mask;
            } while (value > max);
        } else {
            do {
                value = nextLong() & mask;
            } while (value > max);
        }
        return value;
    }

    /**
     * numpy's {@code randint(low, high)} for the default int64 dtype: a value in [low, high) by masked
     * rejection on {@code rng = high - 1 - low} (32-bit draws when rng < 2^32, else 64-bit).
     *
     * @throws IllegalArgumentException if {@code low >= high}
     */
    public long randint(long low, long highExclusive) {
        if (low >= highExclusive) {
            throw new IllegalArgumentException("randint: low " + low + " must be < high " + highExclusive);
        }
        return low + boundedMasked(highExclusive - 1 - low);
    }

    /** {@link #randint(long, long)} for int bounds. */
    public int randint(int low, int highExclusive) {
        return (int) randint((long) low, (long) highExclusive);
    }

    /** numpy's {@code randint(low, high, size)}: {@code size} values in order (no draws if size is 0). */
    public long[] randint(long low, long highExclusive, int size) {
        requireSize(size);
        if (low >= highExclusive) {
            throw new IllegalArgumentException("randint: low " + low + " must be < high " + highExclusive);
        }
        long range = highExclusive - 1 - low;
        long[] out = new long[size];
        for (int i = 0; i < size; i++) {
            out[i] = low + boundedMasked(range);
        }
        return out;
    }

    /** Same as {@code randint(0, bound)}. */
    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound: " + bound + " must be > 0");
        }
        return randint(0, bound);
    }

    /** Same as {@code randint(origin, bound)}. */
    @Override
    public int nextInt(int origin, int bound) {
        return randint(origin, bound);
    }

    /** Same as {@code randint(0L, bound)}. */
    @Override
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound: " + bound + " must be > 0");
        }
        return randint(0L, bound);
    }

    /** Same as {@code randint(origin, bound)}. */
    @Override
    public long nextLong(long origin, long bound) {
        return randint(origin, bound);
    }

    // ---------------------------------------------------------------- permutations

    /**
     * numpy's legacy {@code shuffle}: for {@code i = n-1} down to 1, {@code j = randomInterval(i)},
     * swap elements {@code i} and {@code j}.
     */
    public void shuffle(int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = (int) randomInterval(i);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    /** {@link #shuffle(int[])} for a long array. */
    public void shuffle(long[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = (int) randomInterval(i);
            long t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    /** {@link #shuffle(int[])} for a double array. */
    public void shuffle(double[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = (int) randomInterval(i);
            double t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    /**
     * {@link #shuffle(int[])} for the rows of a 2-D array or any object array: permutes the elements
     * (rows), the same draws as numpy's shuffle of a 2-D array along axis 0.
     */
    public <T> void shuffle(T[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = (int) randomInterval(i);
            T t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    /** numpy's {@code permutation(n)}: {@code [0, 1, ..., n-1]} shuffled by {@link #shuffle(int[])}. */
    public int[] permutation(int n) {
        requireSize(n);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        shuffle(out);
        return out;
    }

    /**
     * numpy's {@code choice(n, size, replace=False)}: the first {@code size} entries of {@code
     * permutation(n)} (a full permutation is always drawn).
     */
    public int[] choiceWithoutReplacement(int n, int size) {
        requireSize(n);
        if (size < 0 || size > n) {
            throw new IllegalArgumentException(
                    "size: " + size + " must be in [0, " + n + "] for a choice without replacement");
        }
        int[] permutation = permutation(n);
        int[] out = new int[size];
        System.arraycopy(permutation, 0, out, 0, size);
        return out;
    }

    private static void requireSize(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size: " + size + " must be >= 0");
        }
    }
}
