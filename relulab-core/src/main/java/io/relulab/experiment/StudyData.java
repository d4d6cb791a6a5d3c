package io.relulab.experiment;

import io.relulab.data.Dataset;
import io.relulab.data.PreparedData;
import io.relulab.data.synthetic.Datasets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The data a study trains and tests on, with a description a reader understands and a fingerprint that
 * identifies it exactly.
 *
 * @param description e.g. the notebook's make_classification call, or a CSV path and target column
 * @param train standardised training rows
 * @param test standardised test rows (also the per-epoch validation data, as in the notebook)
 */
public record StudyData(String description, Dataset train, Dataset test) {

    /** Description of the notebook's data. */
    public static final String NOTEBOOK_DESCRIPTION = "make_classification(n_samples=2000, n_features=20, n_informative=15, "
            + "n_redundant=5, n_classes=2, random_state=42, flip_y=0.1); train_test_split(test_size=0.2, random_state=42); "
            + "StandardScaler fitted on train";

    public StudyData {
        Objects.requireNonNull(description, "description");
        if (train.columns() != test.columns()) {
            throw new IllegalArgumentException("train and test data must have the same columns, got "
                    + train.columns() + " and " + test.columns());
        }
    }

    /** The notebook's data, made once per JVM (it is immutable), by {@link #notebook()} or ahead of it. */
    private static final FutureTask<StudyData> NOTEBOOK = new FutureTask<>(() -> of(NOTEBOOK_DESCRIPTION, Datasets.notebook()));

    /**
     * The reference notebook's data, identical bit for bit to scikit-learn's; made on the first call (or taken from
     * {@link #prepareNotebook()}, waiting for it if it is still being made), the same object afterwards.
     */
    public static StudyData notebook() {
        NOTEBOOK.run(); // makes it here unless it is made or being made already
        try {
            return NOTEBOOK.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making the notebook's data", e);
        } catch (ExecutionException e) {
            throw TaskFailures.unchecked(e);
        }
    }

    /**
     * Starts making {@link #notebook()}'s data on a daemon thread of its own, for a program that will need it soon
     * and has other start-up work for the calling thread (the command line: parsing its options while a core is idle).
     */
    public static void prepareNotebook() {
        Thread thread = new Thread(NOTEBOOK::run, "relulab-data");
        thread.setDaemon(true);
        thread.start();
    }

    /** Wraps prepared (split and scaled) data. */
    public static StudyData of(String description, PreparedData prepared) {
        return new StudyData(description, prepared.train(), prepared.test());
    }

    /** SHA-256 over the training fingerprint followed by the test fingerprint (each over exact bits). */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(train.fingerprint().getBytes(StandardCharsets.US_ASCII));
            digest.update(test.fingerprint().getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
