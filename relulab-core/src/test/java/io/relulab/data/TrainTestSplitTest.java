package io.relulab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relulab.random.NumpyRandom;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainTestSplitTest {

    private static Dataset labelled(int... labels) {
        return Dataset.of(new double[labels.length], labels.length, 1, labels);
    }

    @Test
    void errorsUseScikitLearnsWording() {
        Dataset data = labelled(0, 1, 0, 1, 0, 1, 0, 1, 0, 1);
        assertThatThrownBy(() -> TrainTestSplit.testFraction(1.0).split(data, 0))
                .hasMessage("test_size=1.0 should be either positive and smaller than the number of samples 10 or a float in the (0, 1) range");
        assertThatThrownBy(() -> new TrainTestSplit(SplitSize.count(10), null, true, false).split(data, 0))
                .hasMessageStartingWith("test_size=10 should be either positive");
        assertThatThrownBy(() -> new TrainTestSplit(SplitSize.fraction(0.6), SplitSize.fraction(0.6), true, false).split(data, 0))
                .hasMessageStartingWith("The sum of test_size and train_size = 1.2, should be in the (0, 1) range");
        assertThatThrownBy(() -> new TrainTestSplit(SplitSize.count(6), SplitSize.count(6), true, false).split(data, 0))
                .hasMessageStartingWith("The sum of train_size and test_size = 12, should be smaller than the number of samples 10");
        assertThatThrownBy(() -> new TrainTestSplit(SplitSize.fraction(0.5), null, false, true))
                .hasMessage("Stratified train/test split is not implemented for shuffle=False");
        assertThatThrownBy(() -> TrainTestSplit.testFraction(0.2).stratified().split(labelled(0, 0, 0, 0, 1), 0))
                .hasMessageStartingWith("The least populated class in y has only 1 member");
        assertThatThrownBy(() -> SplitSize.parse("--test-size", "abc"))
                .hasMessage("--test-size: 'abc' is not a fraction in (0, 1) or a row count");
        assertThat(SplitSize.parse("t", "0.2")).isEqualTo(SplitSize.fraction(0.2));
        assertThat(SplitSize.parse("t", "7")).isEqualTo(SplitSize.count(7));
    }

    @Test
    void noShuffleTakesLeadingRows() {
        TrainTestSplit.Result result = new TrainTestSplit(SplitSize.count(3), null, false, false)
                .split(labelled(0, 1, 0, 1, 0, 1, 0, 1, 0, 1), 0);
        assertThat(result.trainIndices()).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(result.testIndices()).containsExactly(7, 8, 9);
    }

    @Test
    void splitPartitionsTheRowsAndStratifiedKeepsProportions() {
        int[] labels = new int[200];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 4 == 0 ? 1 : 0;
        }
        TrainTestSplit.Result result = TrainTestSplit.testFraction(0.25).stratified().split(labelled(labels), 11);
        int[] all = new int[200];
        System.arraycopy(result.trainIndices(), 0, all, 0, 150);
        System.arraycopy(result.testIndices(), 0, all, 150, 50);
        Arrays.sort(all);
        for (int i = 0; i < 200; i++) {
            assertThat(all[i]).isEqualTo(i);
        }
        assertThat(result.test().classCounts()).containsExactly(37, 13);
        assertThat(result.train().classCounts()).containsExactly(113, 37);
    }

    @Test
    void approximateModeBreaksTiesWithTheGenerator() {
        // counts (3, 3, 3) and 4 draws: floors (1, 1, 1), one extra among three tied classes
        long[] allocation = TrainTestSplit.approximateMode(new long[] {3, 3, 3}, 4, new NumpyRandom(0));
        assertThat(Arrays.stream(allocation).sum()).isEqualTo(4);
        int[] choice = new NumpyRandom(0).choiceWithoutReplacement(3, 1);
        long[] expected = {1, 1, 1};
        expected[choice[0]]++;
        assertThat(allocation).containsExactly(expected);
    }

    @Test
    void classOrderIsNumericWhenAllNamesAreNumbers() {
        assertThat(TrainTestSplit.numpyClassOrder(List.of("10", "9", "-1"))).containsExactly(2, 1, 0);
        assertThat(TrainTestSplit.numpyClassOrder(List.of("dog", "cat", "10", "9"))).containsExactly(2, 3, 1, 0);
    }
}
