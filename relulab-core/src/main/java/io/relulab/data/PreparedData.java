package io.relulab.data;

import java.util.Optional;

/**
 * A data set split into train and test parts, optionally standardised with a {@link StandardScaler}
 * fitted on the train part only — the usual preparation before training, as in scikit-learn:
 * {@code train_test_split} then {@code StandardScaler().fit(X_train)} applied to both parts.
 *
 * @param source the data before splitting
 * @param train the train rows (scaled if a scaler is present)
 * @param test the test rows (scaled if a scaler is present)
 * @param trainIndices rows of {@code source} in {@code train}, in order
 * @param testIndices rows of {@code source} in {@code test}, in order
 * @param scaler the scaler fitted on the train rows, if scaling was asked for
 */
public record PreparedData(Dataset source, Dataset train, Dataset test, int[] trainIndices, int[] testIndices,
        Optional<StandardScaler> scaler) {

    public PreparedData {
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

    /** Splits {@code data} with {@code split} and {@code random_state=randomState}, then scales if asked. */
    public static PreparedData prepare(Dataset data, TrainTestSplit split, long randomState, boolean scale) {
        TrainTestSplit.Result parts = split.split(data, randomState);
        if (!scale) {
            return new PreparedData(data, parts.train(), parts.test(), parts.trainIndices(), parts.testIndices(),
                    Optional.empty());
        }
        StandardScaler scaler = StandardScaler.fit(parts.train());
        return new PreparedData(data, scaler.transform(parts.train()), scaler.transform(parts.test()),
                parts.trainIndices(), parts.testIndices(), Optional.of(scaler));
    }
}
