package io.relulab.experiment;

import io.relulab.stats.HolmBonferroni;
import io.relulab.stats.Summary;
import io.relulab.stats.WelchTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Sentences computed from a scenario's summaries. Each sentence states only what its numbers show:
 * <ul>
 *   <li>A difference in mean test accuracy is called significant only when its Welch p-value, Holm–Bonferroni
 *       adjusted over <em>every</em> comparison the findings make in the scenario (the highest mean against each
 *       other variant, and each variant against the baseline), is below 0.05. "Too few seeds to test" and "not
 *       testable" are said as such, never as noise.</li>
 *   <li>A confidence interval that reaches outside [0, 1] is not printed as if it meant something: it says there
 *       are too few seeds for an interval.</li>
 *   <li>A unit is <em>lost</em> only if it is dead after the last epoch; a unit dead after some epoch but alive at the
 *       end is <em>transiently dead</em>. Every count names its probe.</li>
 * </ul>
 */
final class Findings {

    private Findings() {
    }

    /**
     * The comparisons the findings make, in the order they are first mentioned — the highest mean against each
     * other ranked variant, then each variant against the baseline — each pair once, Holm-adjusted together.
     */
    static List<Comparison> comparisons(String baseline, List<VariantSummary> variants) {
        List<VariantSummary> ranked = ranked(variants);
        List<VariantSummary[]> pairs = new ArrayList<>();
        if (!ranked.isEmpty()) {
            for (VariantSummary other : ranked.subList(1, ranked.size())) {
                pairs.add(new VariantSummary[] {ranked.get(0), other});
            }
        }
        VariantSummary base = variants.stream().filter(v -> v.activation().equals(baseline)).findFirst().orElse(null);
        if (base != null && base.testAccuracy().isPresent()) {
            for (VariantSummary variant : variants) {
                if (variant != base && variant.testAccuracy().isPresent()
                        && pairs.stream().noneMatch(p -> same(p, variant, base))) {
                    pairs.add(new VariantSummary[] {variant, base});
                }
            }
        }
        List<Optional<WelchTest>> tests = pairs.stream().map(p -> welch(p[0], p[1])).toList();
        double[] p = tests.stream().mapToDouble(t -> t.map(WelchTest::pValue).orElse(Double.NaN)).toArray();
        double[] adjusted = HolmBonferroni.adjust(p);
        List<Comparison> comparisons = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            comparisons.add(new Comparison(pairs.get(i)[0].activation(), pairs.get(i)[1].activation(), tests.get(i), adjusted[i]));
        }
        return comparisons;
    }

    static List<String> of(String baseline, List<VariantSummary> variants, List<Comparison> comparisons, Measurement measurement) {
        List<String> findings = new ArrayList<>();
        List<VariantSummary> ranked = ranked(variants);
        if (ranked.isEmpty()) {
            findings.add("No variant finished training, so there is no accuracy to compare.");
        } else {
            findings.add(best(ranked, comparisons));
            for (VariantSummary variant : variants) {
                if (!variant.activation().equals(baseline) && variant.testAccuracy().isPresent()) {
                    find(comparisons, variant.activation(), baseline).ifPresent(c -> findings.add(versusBaseline(c, baseline)));
                }
            }
            long tested = comparisons.stream().filter(Comparison::isTestable).count();
            if (tested > 1) {
                findings.add(String.format(Locale.ROOT, "Significance is Holm–Bonferroni corrected over the %d comparisons "
                        + "above (a difference counts when its adjusted p < %s).", tested, level()));
            }
        }
        findings.addAll(ScenarioText.deadUnits(variants, measurement));
        findings.addAll(divergence(variants));
        return findings;
    }

    private static String best(List<VariantSummary> ranked, List<Comparison> comparisons) {
        VariantSummary best = ranked.get(0);
        Summary accuracy = best.testAccuracy().orElseThrow();
        StringBuilder sentence = new StringBuilder(String.format(Locale.ROOT,
                "Highest mean test accuracy: %s, %.4f %s", best.activation(), accuracy.mean(), interval(accuracy)));
        if (ranked.size() > 1) {
            List<String> beaten = new ArrayList<>();
            List<String> tied = new ArrayList<>();
            List<String> untested = new ArrayList<>();
            for (VariantSummary other : ranked.subList(1, ranked.size())) {
                Comparison comparison = find(comparisons, best.activation(), other.activation()).orElseThrow();
                if (!comparison.hasEnoughSeeds()) {
                    untested.add(other.activation() + " (too few seeds to test)");
                } else if (!comparison.isTestable()) {
                    untested.add(other.activation() + " (no seed-to-seed spread in either, so not testable)");
                } else if (comparison.isSignificant()) {
                    beaten.add(other.activation() + " (" + comparison.pValues() + ")");
                } else {
                    tied.add(other.activation() + " (" + comparison.pValues() + ")");
                }
            }
            if (!beaten.isEmpty()) {
                sentence.append("; significantly higher than ").append(String.join(", ", beaten));
            }
            if (!tied.isEmpty()) {
                sentence.append("; not significantly different from ").append(String.join(", ", tied))
                        .append(" — within seed-to-seed noise");
            }
            if (!untested.isEmpty()) {
                sentence.append("; not compared with ").append(String.join(", ", untested));
            }
        }
        return sentence.append('.').toString();
    }

    /**
     * The interval part of a summary: {@code (95% CI 0.8901–0.9079, 10 seeds)}; with one seed, or an interval
     * reaching outside [0, 1] (a tiny sample with large spread), it says there are too few seeds instead.
     */
    static String interval(Summary accuracy) {
        if (!accuracy.hasSpread()) {
            return "(one seed: no interval; run more seeds before drawing conclusions)";
        }
        if (!intervalInsideUnit(accuracy)) {
            return String.format(Locale.ROOT, "(%d seeds: too few seeds for a %s%% CI — it would reach outside [0, 1])",
                    accuracy.count(), accuracy.confidencePercent());
        }
        return String.format(Locale.ROOT, "(%s%% CI %.4f–%.4f, %d seeds)", accuracy.confidencePercent(), accuracy.confidenceLow(),
                accuracy.confidenceHigh(), accuracy.count());
    }

    /** Whether an accuracy's 95 % interval is a sensible one: defined and inside [0, 1]. */
    static boolean intervalInsideUnit(Summary accuracy) {
        return accuracy.hasSpread() && accuracy.confidenceLow() >= 0 && accuracy.confidenceHigh() <= 1;
    }

    private static String versusBaseline(Comparison comparison, String baseline) {
        String variant = comparison.first().equals(baseline) ? comparison.second() : comparison.first();
        if (!comparison.hasEnoughSeeds()) {
            return variant + " vs " + baseline + ": too few seeds to test.";
        }
        WelchTest test = comparison.test().orElseThrow();
        double difference = comparison.first().equals(variant) ? test.meanDifference() : -test.meanDifference();
        if (!comparison.isTestable()) {
            return String.format(Locale.ROOT,
                    "%s vs %s: test accuracy %+.4f, but neither varies across seeds, so the difference cannot be tested.",
                    variant, baseline, difference);
        }
        if (comparison.isSignificant()) {
            return String.format(Locale.ROOT, "%s vs %s: test accuracy %+.4f, significantly %s (%s).", variant, baseline,
                    difference, difference > 0 ? "higher" : "lower", comparison.pValues());
        }
        return String.format(Locale.ROOT, "%s vs %s: test accuracy %+.4f, not significant (%s).", variant, baseline, difference,
                comparison.pValues());
    }

    private static List<String> divergence(List<VariantSummary> variants) {
        List<String> findings = new ArrayList<>();
        for (VariantSummary variant : variants) {
            if (variant.diverged() > 0) {
                findings.add(String.format(Locale.ROOT,
                        "%s diverged (loss or weights not finite) in %d of %d seeds; its statistics use the other %d.",
                        variant.activation(), variant.diverged(), variant.trials(), variant.finished()));
            }
        }
        return findings;
    }

    private static List<VariantSummary> ranked(List<VariantSummary> variants) {
        return variants.stream()
                .filter(v -> v.testAccuracy().isPresent())
                .sorted(Comparator.comparingDouble((VariantSummary v) -> v.testAccuracy().orElseThrow().mean()).reversed())
                .toList();
    }

    private static Optional<Comparison> find(List<Comparison> comparisons, String a, String b) {
        return comparisons.stream().filter(c -> c.compares(a, b)).findFirst();
    }

    private static boolean same(VariantSummary[] pair, VariantSummary a, VariantSummary b) {
        return (pair[0] == a && pair[1] == b) || (pair[0] == b && pair[1] == a);
    }

    private static Optional<WelchTest> welch(VariantSummary a, VariantSummary b) {
        Summary sa = a.testAccuracy().orElseThrow();
        Summary sb = b.testAccuracy().orElseThrow();
        if (!sa.hasSpread() || !sb.hasSpread()) {
            return Optional.empty();
        }
        return Optional.of(WelchTest.compare(sa, sb));
    }

    private static String level() {
        return Double.toString(WelchTest.DEFAULT_SIGNIFICANCE_LEVEL);
    }
}
