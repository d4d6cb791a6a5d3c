package io.relulab.experiment;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything needed to re-run a result: the ReLU Lab version, the exact command, every study-wide setting in the
 * command line's spec syntax, the data and its fingerprint, and the machine facts that can change the last bits
 * (whether the matrix kernels used fused multiply-add, the Java version). The creation time is recorded for the
 * reader but is not part of what makes a result reproducible. What each scenario ran with is in its
 * {@link ScenarioSetup}.
 *
 * @param version          ReLU Lab version that produced the result
 * @param command          the command line that reproduces it, e.g. {@code relulab study --seeds 10}
 * @param settings         study-wide settings, ordered option name (without dashes) → spec ({@link StudySpec#describe()})
 * @param measurement      the dead-unit probe and ReDo settings the counts were taken with
 * @param dataDescription  what the data is, e.g. {@code make_classification(n_samples=2000, …)}
 * @param dataFingerprint  SHA-256 over the exact bits of the training and test data
 * @param trainRows        training rows
 * @param testRows         test rows
 * @param features         feature columns
 * @param fusedMultiplyAdd whether the matrix kernels used {@code Math.fma} on this machine
 * @param javaVersion      the JVM that ran it
 * @param createdAt        when it was produced (may be null)
 */
public record Provenance(
        String version,
        String command,
        Map<String, String> settings,
        Measurement measurement,
        String dataDescription,
        String dataFingerprint,
        int trainRows,
        int testRows,
        int features,
        boolean fusedMultiplyAdd,
        String javaVersion,
        Instant createdAt) {

    public Provenance {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(command, "command");
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        Objects.requireNonNull(measurement, "measurement");
    }
}
