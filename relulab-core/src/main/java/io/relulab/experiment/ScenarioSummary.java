package io.relulab.experiment;

import java.util.List;
import java.util.Optional;

/**
 * All variants of one scenario with the findings computed from their numbers.
 *
 * @param scenario the scenario's name
 * @param baseline the activation every other variant is compared with (relu when present)
 * @param variants one summary per activation, in the order the study listed them
 * @param findings sentences computed from the summaries; never a claim the numbers do not support
 */
public record ScenarioSummary(String scenario, String baseline, List<VariantSummary> variants, List<String> findings) {

    public ScenarioSummary {
        variants = List.copyOf(variants);
        findings = List.copyOf(findings);
    }

    /** The summary of {@code activation}, if it is part of this scenario. */
    public Optional<VariantSummary> variant(String activation) {
        return variants.stream().filter(v -> v.activation().equals(activation)).findFirst();
    }
}
