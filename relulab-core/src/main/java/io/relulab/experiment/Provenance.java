package io.relulab.experiment;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything needed to re-run a result: the ReLU Lab version, the exact command, the full configuration and
 * a fingerprint of the data. The creation time and the Java version are recorded for the reader but are not
 * part of what makes a result reproducible.
 *
 * @param version ReLU Lab version that produced the result
 * @param command the command line that reproduces it, e.g. {@code relulab study --seeds 10}
 * @param configuration every setting, as ordered name → value pairs
 * @param dataDescription what the data is, e.g. {@code make_classification(n_samples=2000, …)}
 * @param dataFingerprint SHA-256 over the exact bits of the training and test data
 * @param javaVersion the JVM that ran it
 * @param createdAt when it was produced
 */
public record Provenance(
        String version,
        String command,
        Map<String, String> configuration,
        String dataDescription,
        String dataFingerprint,
        String javaVersion,
        Instant createdAt) {

    public Provenance {
        configuration = Collections.unmodifiableMap(new LinkedHashMap<>(configuration));
    }
}
