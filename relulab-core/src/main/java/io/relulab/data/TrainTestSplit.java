package io.relulab.data;

import io.relulab.random.NumpyRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * scikit-learn 1.2.1's {@code train_test_split(X, y, test_size, train_size, random_state, shuffle,
 * stratify)}, giving the same rows in the same order ({@code docs/specs/sklearn-compat.md} §7).
 *
 * <ul>
 *   <li>Sizes ({@code _validate_shuffle_split}): with neither size given the test size is 0.25; a
 *       fraction f gives {@code ceil(f·n)} test rows or {@code floor(f·n)} train rows; a missing side
 *       is the rest. Errors use scikit-learn's wording.
 *   <li>Without stratification ({@code ShuffleSplit}): {@code p = permutation(n)}; the first n_test
 *       entries are the test rows, the next n_train the train rows.
 *   <li>With {@code stratify} ({@code StratifiedShuffleSplit}): per-class allocation by {@code
 *       _approximate_mode}, per-class permutations, then both index lists permuted. Classes are in
 *       numpy's {@code unique} order: numeric order when every class name is a number, else text
 *       order.
 *   <li>{@code shuffle=false}: the first n_train rows train, the next n_test test; no stratify.
 * </ul>
 *
 * @param testSize the test side, or {@code null}
 * @param trainSize the train side, or {@code null}
 * @param shuffle whether to shuffle (scikit-learn default true)
 * @param stratify whether to stratify by the labels
 */
public record TrainTestSplit(SplitSize testSize, SplitSize trainSize, boolean shuffle, boolean stratify) {

    /** scikit-learn's test size when neither size is given. */
    public static final double DEFAULT_TEST_FRACTION = 0.25;
    /** scikit-learn's default {@code shuffle}. */
    public static final boolean DEFAULT_SHUFFLE = true;

    public TrainTestSplit {
        if (!shuffle && stratify) {
            throw new IllegalArgumentException(
                    "Stratified train/test split is not implemented for shuffle=False");
        }
    }

    /** {@code train_test_split(..., test_size=testFraction)}: shuffled, not stratified. */
    public static TrainTestSplit testFraction(double testFraction) {
        return new TrainTestSplit(SplitSize.fraction(testFraction), null, true, false);
    }

    /** The same split, stratified by the labels. */
    public TrainTestSplit stratified() {
        return new TrainTestSplit(testSize, trainSize, true, true);
    }

    /** The two parts and the row indices (into the input) they were taken from, in order. */
    public record Result(Dataset train, Dataset test, int[] trainIndices, int[] testIndices) {
        public Result {
            trainIndices = trainIndices.clone();
            testIndices = testIndices.clone();
        }

        @Override
        public int[] trainIndices() {
            return trainIndices.clone();
        }

        @Override
        public int[] testIndices() {
            return testIndices.clone();
        }
    }

    /** Splits with {@code random_state=randomState} (a fresh numpy generator). */
    public Result split(Dataset data, long randomState) {
        return split(data, new NumpyRandom(randomState));
    }

    /** Splits drawing from {@code random} (scikit-learn's behaviour for a RandomState instance). */
    public Result split(Dataset data, NumpyRandom random) {
        int n = data.rows();
        int[] sizes = validate(n, testSize, trainSize, DEFAULT_TEST_FRACTION);
        int nTrain = sizes[0];
        int nTest = sizes[1];
        // train_test_split builds the CV object with the two counts, which validates them again
        sizes = validate(n, SplitSize.count(nTest), SplitSize.count(nTrain), DEFAULT_TEST_FRACTION);
        nTrain = sizes[0];
        nTest = sizes[1];
        int[] train;
        int[] test;
        if (!shuffle) {
            train = range(0, nTrain);
            test = range(nTrain, nTrain + nTest);
        } else if (stratify) {
            int[][] parts = stratifiedIndices(data, nTrain, nTest, random);
            train = parts[0];
            test = parts[1];
        } else {
            int[] permutation = random.permutation(n);
            test = Arrays.copyOfRange(permutation, 0, nTest);
            train = Arrays.copyOfRange(permutation, nTest, nTest + nTrain);
        }
        return new Result(data.selectRows(train), data.selectRows(test), train, test);
    }

    private static int[] range(int from, int to) {
        int[] out = new int[to - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = from + i;
        }
        return out;
    }

    /** scikit-learn's {@code _validate_shuffle_split}; returns {n_train, n_test}. */
    static int[] validate(int n, SplitSize testSize, SplitSize trainSize, double defaultTestFraction) {
        if (testSize == null && trainSize == null) {
            testSize = SplitSize.fraction(defaultTestFraction);
        }
        checkSide("test_size", testSize, n);
        checkSide("train_size", trainSize, n);
        if (testSize instanceof SplitSize.Fraction test && trainSize instanceof SplitSize.Fraction train
                && train.value() + test.value() > 1) {
            throw new IllegalArgumentException("The sum of test_size and train_size = " + (train.value() + test.value())
                    + ", should be in the (0, 1) range. Reduce test_size and/or train_size.");
        }
        double nTest = 0;
        double nTrain = 0;
        if (testSize instanceof SplitSize.Fraction f) {
            nTest = Math.ceil(f.value() * n);
        } else if (testSize instanceof SplitSize.Count c) {
            nTest = c.value();
        }
        if (trainSize instanceof SplitSize.Fraction f) {
            nTrain = Math.floor(f.value() * n);
        } else if (trainSize instanceof SplitSize.Count c) {
            nTrain = c.value();
        }
        if (trainSize == null) {
            nTrain = n - nTest;
        } else if (testSize == null) {
            nTest = n - nTrain;
        }
        if (nTrain + nTest > n) {
            throw new IllegalArgumentException("The sum of train_size and test_size = " + (long) (nTrain + nTest)
                    + ", should be smaller than the number of samples " + n + ". Reduce test_size and/or train_size.");
        }
        int train = (int) nTrain;
        int test = (int) nTest;
        if (train == 0) {
            throw new IllegalArgumentException("With n_samples=" + n + ", test_size=" + testSize + " and train_size="
                    + trainSize + ", the resulting train set will be empty. Adjust any of the aforementioned parameters.");
        }
        return new int[] {train, test};
    }

    private static void checkSide(String name, SplitSize size, int n) {
        boolean bad = size instanceof SplitSize.Count c && (c.value() >= n || c.value() <= 0)
                || size instanceof SplitSize.Fraction f && (f.value() <= 0 || f.value() >= 1);
        if (bad) {
            throw new IllegalArgumentException(name + "=" + size + " should be either positive and smaller than the"
                    + " number of samples " + n + " or a float in the (0, 1) range");
        }
    }

    /** {@code StratifiedShuffleSplit._iter_indices}, first split; returns {train, test}. */
    private static int[][] stratifiedIndices(Dataset data, int nTrain, int nTest, NumpyRandom random) {
        int[] order = numpyClassOrder(data.classNames());
        int[] rank = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i;
        }
        int[] labels = data.labelsView();
        // np.unique: only classes present in y count
        int[] countsByIndex = data.classCounts();
        List<Integer> present = new ArrayList<>();
        for (int c : order) {
            if (countsByIndex[c] > 0) {
                present.add(c);
            }
        }
        int classes = present.size();
        int[] position = new int[countsByIndex.length];
        long[] counts = new long[classes];
        for (int i = 0; i < classes; i++) {
            position[present.get(i)] = i;
            counts[i] = countsByIndex[present.get(i)];
        }
        for (long count : counts) {
            if (count < 2) {
                throw new IllegalArgumentException("The least populated class in y has only 1 member, which is too"
                        + " few. The minimum number of groups for any class cannot be less than 2.");
            }
        }
        if (nTrain < classes) {
            throw new IllegalArgumentException("The train_size = " + nTrain
                    + " should be greater or equal to the number of classes = " + classes);
        }
        if (nTest < classes) {
            throw new IllegalArgumentException("The test_size = " + nTest
                    + " should be greater or equal to the number of classes = " + classes);
        }
        // ascending sample indices per class (stable mergesort of the class positions)
        int[][] classIndices = new int[classes][];
        int[] filled = new int[classes];
        for (int i = 0; i < classes; i++) {
            classIndices[i] = new int[(int) counts[i]];
        }
        for (int r = 0; r < labels.length; r++) {
            int c = position[labels[r]];
            classIndices[c][filled[c]++] = r;
        }
        long[] trainPerClass = approximateMode(counts, nTrain, random);
        long[] remaining = new long[classes];
        for (int i = 0; i < classes; i++) {
            remaining[i] = counts[i] - trainPerClass[i];
        }
        long[] testPerClass = approximateMode(remaining, nTest, random);
        int[] train = new int[sum(trainPerClass)];
        int[] test = new int[sum(testPerClass)];
        int trainFill = 0;
        int testFill = 0;
        for (int i = 0; i < classes; i++) {
            int[] permutation = random.permutation((int) counts[i]);
            int a = (int) trainPerClass[i];
            int b = (int) testPerClass[i];
            for (int t = 0; t < a; t++) {
                train[trainFill++] = classIndices[i][permutation[t]];
            }
            for (int t = a; t < a + b; t++) {
                test[testFill++] = classIndices[i][permutation[t]];
            }
        }
        return new int[][] {permute(train, random), permute(test, random)};
    }

    private static int sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return (int) total;
    }

    /** numpy's {@code permutation(array)}: a shuffled copy. */
    private static int[] permute(int[] values, NumpyRandom random) {
        int[] copy = values.clone();
        random.shuffle(copy);
        return copy;
    }

    /**
     * scikit-learn's {@code _approximate_mode(class_counts, n_draws, rng)}: floors of the
     * proportional allocation, then the remaining draws go to the largest remainders, ties broken
     * by {@code rng.choice(..., replace=False)}.
     */
    static long[] approximateMode(long[] classCounts, int draws, NumpyRandom random) {
        long total = 0;
        for (long c : classCounts) {
            total += c;
        }
        int k = classCounts.length;
        double[] continuous = new double[k];
        double[] floored = new double[k];
        double flooredSum = 0.0;
        for (int i = 0; i < k; i++) {
            continuous[i] = ((double) classCounts[i] / (double) total) * draws;
            floored[i] = Math.floor(continuous[i]);
            flooredSum += floored[i];
        }
        long needToAdd = (long) (draws - flooredSum);
        if (needToAdd > 0) {
            double[] remainder = new double[k];
            TreeSet<Double> values = new TreeSet<>(Comparator.reverseOrder());
            for (int i = 0; i < k; i++) {
                remainder[i] = continuous[i] - floored[i];
                values.add(remainder[i]);
            }
            for (double value : values) {
                List<Integer> tied = new ArrayList<>();
                for (int i = 0; i < k; i++) {
                    if (remainder[i] == value) {
                        tied.add(i);
                    }
                }
                int addNow = (int) Math.min(tied.size(), needToAdd);
                int[] chosen = random.choiceWithoutReplacement(tied.size(), addNow);
                for (int c : chosen) {
                    floored[tied.get(c)] += 1;
                }
                needToAdd -= addNow;
                if (needToAdd == 0) {
                    break;
                }
            }
        }
        long[] out = new long[k];
        for (int i = 0; i < k; i++) {
            out[i] = (long) floored[i];
        }
        return out;
    }

    /**
     * Class indices in the order numpy's {@code unique} sorts the labels: by numeric value when every
     * class name parses as a number, otherwise by text.
     */
    static int[] numpyClassOrder(List<String> classNames) {
        Integer[] order = new Integer[classNames.size()];
        double[] numeric = new double[classNames.size()];
        boolean allNumeric = true;
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            try {
                numeric[i] = Double.parseDouble(classNames.get(i).trim());
            } catch (NumberFormatException e) {
                allNumeric = false;
            }
        }
        Comparator<Integer> comparator = allNumeric
                ? Comparator.comparingDouble(i -> numeric[i])
                : Comparator.comparing(classNames::get);
        Arrays.sort(order, comparator);
        int[] out = new int[order.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = order[i];
        }
        return out;
    }
}
