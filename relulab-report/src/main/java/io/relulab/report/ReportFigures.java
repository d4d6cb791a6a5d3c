package io.relulab.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a study as SVG documents, for inlining into the HTML report: each figure as its panels, one SVG
 * document per panel, so that the page can lay them out two across on a wide screen and one above the other on a
 * narrow one (their text then stays readable).
 *
 * @param activations the panels of figure 1 (activation functions, derivatives, dying progression, negative inputs);
 *     empty when it was not drawn
 * @param byScenario the panels of figure 2 of each scenario, keyed by scenario name, in the study's order
 */
public record ReportFigures(List<String> activations, Map<String, List<String>> byScenario) {

    public ReportFigures {
        activations = activations == null ? List.of() : List.copyOf(activations);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byScenario.forEach((scenario, panels) -> copy.put(scenario, List.copyOf(panels)));
        byScenario = Collections.unmodifiableMap(copy);
    }

    /** Figures of one SVG document each (a figure drawn as a whole); {@code ""} or null means not drawn. */
    public static ReportFigures whole(String activations, Map<String, String> byScenario) {
        Map<String, List<String>> panels = new LinkedHashMap<>();
        byScenario.forEach((scenario, svg) -> panels.put(scenario, svg == null || svg.isEmpty() ? List.of() : List.of(svg)));
        return new ReportFigures(activations == null || activations.isEmpty() ? List.of() : List.of(activations), panels);
    }

    /** No figures at all (the report then says so where they would be). */
    public static ReportFigures none() {
        return new ReportFigures(List.of(), Map.of());
    }

    /** The panels of figure 2 of {@code scenario}; empty if it was not drawn. */
    public List<String> scenario(String scenario) {
        return byScenario.getOrDefault(scenario, List.of());
    }
}
