package io.relulab.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A scenario as it ran in a study: its name, what it changes and why, and the configuration its trials actually
 * ran with (defaults, the scenario's changes and the explicit options resolved) in the command line's spec syntax,
 * e.g. {@code optimizer → adam:0.05}, {@code hidden → 64,32}.
 *
 * @param name          the scenario's name
 * @param description   what it changes and why ({@link Scenario#description()})
 * @param configuration {@link TrialConfiguration#specs()} of its trials
 */
public record ScenarioSetup(String name, String description, Map<String, String> configuration) {

    public ScenarioSetup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        configuration = Collections.unmodifiableMap(new LinkedHashMap<>(configuration));
    }

    /** The configuration as one line, e.g. {@code hidden 64,32, init glorot_uniform, …, optimizer adam:0.05, …}. */
    public String describeConfiguration() {
        StringBuilder line = new StringBuilder();
        configuration.forEach((key, value) -> line.append(line.length() == 0 ? "" : ", ").append(key.replace('_', ' '))
                .append(' ').append(value));
        return line.toString();
    }
}
