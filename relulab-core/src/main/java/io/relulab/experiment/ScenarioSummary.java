package io.relulab.experiment;

import java.util.List;
import java.util.Optional;

/**
 * All variants of one scenario with what was computed from their numbers.
 *
 * @param setup        the scenario: name, description and the configuration its trials ran with
 * @param baseline     the activation every other variant is compared with (relu when present)
 * @param variants     one summary per activation, in the order the study listed them
 * @param comparisons  every comparison the findings make, Holm-corrected together
 * @param observations what happened to the units, computed ({@link ScenarioText}); the scenario's header
 * @param findings     sentences computed from the summaries; never a claim the numbers do not support
 */
public record ScenarioSummary(ScenarioSetup setup, String baseline, List<VariantSummary> variants, List<Comparison> comparisons,
        List<String> observations, List<String> findings) {

    public ScenarioSummary {
        variants = List.copyOf(variants);
        comparisons = List.copyOf(comparisons);
        observations = List.copyOf(observations);
        findings = List.copyOf(findings);
    }

    /** The scenario's name. */
    public String scenario() {
        return setup.name();
    }

    /** The summary of {@code activation}, if it is part of this scenario. */
    public Optional<VariantSummary> variant(String activation) {
        return variants.stream().filter(v -> v.activation().equals(activation)).findFirst();
    }

    /** The comparison of {@code a} with {@code b} (in either order), if the findings make it. */
    public Optional<Comparison> comparison(String a, String b) {
        return comparisons.stream().filter(c -> c.compares(a, b)).findFirst();
    }
}
