package io.relulab.data.synthetic;

import io.relulab.data.Dataset;
import io.relulab.data.PreparedData;
import io.relulab.data.TrainTestSplit;

/**
 * Ready-made data sets. {@link #notebook()} is the reference notebook's data, identical bit for bit
 * to this Python:
 *
 * <pre>{@code
 * X, y = make_classification(n_samples=2000, n_features=20, n_informative=15, n_redundant=5,
 *                            n_classes=2, random_state=42, flip_y=0.1)
 * X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
 * scaler = StandardScaler(); X_train = scaler.fit_transform(X_train); X_test = scaler.transform(X_test)
 * }</pre>
 */
public final class Datasets {

    /** The notebook's {@code test_size}. */
    public static final double NOTEBOOK_TEST_FRACTION = 0.2;
    /** The notebook's split {@code random_state}. */
    public static final long NOTEBOOK_SPLIT_RANDOM_STATE = 42;

    private Datasets() {}

    /** The notebook's raw data: 2000 rows, 20 features, labels 0/1 (before splitting and scaling). */
    public static Dataset notebookRaw() {
        return MakeClassification.NOTEBOOK.generate(MakeClassification.NOTEBOOK_RANDOM_STATE);
    }

    /** The notebook's split (1600 train, 400 test rows) standardised with the scaler fitted on train. */
    public static PreparedData notebook() {
        return PreparedData.prepare(notebookRaw(), TrainTestSplit.testFraction(NOTEBOOK_TEST_FRACTION),
                NOTEBOOK_SPLIT_RANDOM_STATE, true);
    }
}
