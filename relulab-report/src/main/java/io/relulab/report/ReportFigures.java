package io.relulab.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of a study as SVG documents, for inlining into the HTML report.
 *
 * @param activations figure 1 (activation functions, derivatives, dying progression, negative inputs); may be empty
 *     when it was not drawn
 * @param byScenario figure 2 of each scenario, keyed by scenario name, in the study's order
 */
public record ReportFigures(String activations, Map<String, String> byScenario) {

    public ReportFigures {
        activations = activations == null ? "" : activations;
        byScenario = Collections.unmodifiableMap(new LinkedHashMap<>(byScenario));
    }

    /** No figures at all (the report then says so where they would be). */
    public static ReportFigures none() {
        return new ReportFigures("", Map.of());
    }

    /** Figure 2 of {@code scenario}, if it was drawn. */
    public Optional<String> scenario(String scenario) {
        return Optional.ofNullable(byScenario.get(scenario)).filter(svg -> !svg.isEmpty());
    }
}
