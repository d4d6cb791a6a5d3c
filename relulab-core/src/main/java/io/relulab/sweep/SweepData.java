package io.relulab.sweep;

import io.relulab.data.CsvDatasets;
import io.relulab.data.PreparedData;
import io.relulab.data.TrainTestSplit;
import io.relulab.experiment.StudyData;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How to obtain a sweep's data — a recipe, not the rows, so that it can be shipped to other machines and each
 * one loads the data once ({@link #load()} caches per JVM). Either the notebook's data or a CSV file split with
 * {@code train_test_split(test_size, random_state)} and standardised on the training rows. On a cluster, a CSV
 * file must be readable at the same path on every executor.
 *
 * @param label how the key names the data: {@code notebook} or {@code csv:PATH}
 * @param csvFile the CSV file, or {@code null} for the notebook's data
 * @param target the CSV file's class column, or {@code null}
 * @param testSize test fraction of the CSV split
 * @param splitSeed random_state of the CSV split
 */
public record SweepData(String label, String csvFile, String target, double testSize, long splitSeed) implements Serializable {

    private static final Map<SweepData, StudyData> LOADED = new ConcurrentHashMap<>();

    public SweepData {
        Objects.requireNonNull(label, "label");
        if ((csvFile == null) != (target == null)) {
            throw new IllegalArgumentException("a CSV file needs a target column and only a CSV file has one");
        }
    }

    /** The notebook's data. */
    public static SweepData notebook() {
        return new SweepData("notebook", null, null, 0.2, 42);
    }

    /** A CSV file with its class column, split and scaled as {@code relulab study} does. */
    public static SweepData csv(String path, String target, double testSize, long splitSeed) {
        return new SweepData("csv:" + path, path, target, testSize, splitSeed);
    }

    /** The data, loaded on first use in this JVM and then shared (it is immutable). */
    public StudyData load() {
        return LOADED.computeIfAbsent(this, SweepData::read);
    }

    private StudyData read() {
        if (csvFile == null) {
            return StudyData.notebook();
        }
        PreparedData prepared = PreparedData.prepare(CsvDatasets.read(Path.of(csvFile), target),
                TrainTestSplit.testFraction(testSize), splitSeed, true);
        return StudyData.of("CSV file " + csvFile + ", target column '" + target + "'; train_test_split(test_size="
                + testSize + ", random_state=" + splitSeed + "); StandardScaler fitted on train", prepared);
    }
}
