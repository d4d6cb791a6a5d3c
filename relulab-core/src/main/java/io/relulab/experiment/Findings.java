package io.relulab.experiment;

import io.relulab.stats.Summary;
import io.relulab.stats.WelchTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sentences computed from a scenario's summaries. Each sentence states only what its numbers show: a
 * variant is called better only when Welch's test rejects equal means at the 5 % level, and otherwise the
 * difference is reported as within seed-to-seed noise.
 */
final class Findings {

    private Findings() {
    }

    static List<String> of(String baseline, List<VariantSummary> variants) {
        List<String> findings = new ArrayList<>();
        List<VariantSummary> ranked = variants.stream()
                .filter(v -> v.testAccuracy().isPresent())
                .sorted(Comparator.comparingDouble((VariantSummary v) -> v.testAccuracy().orElseThrow().mean()).reversed())
                .toList();
        if (ranked.isEmpty()) {
            findings.add("No variant finished training, so there is no accuracy to compare.");
        } else {
            findings.add(best(ranked));
            VariantSummary base = ranked.stream().filter(v -> v.activation().equals(baseline)).findFirst().orElse(null);
            if (base != null) {
                for (VariantSummary variant : variants) {
                    comparison(variant, baseline).ifPresent(findings::add);
                }
            }
        }
        multipleComparisons(baseline, variants).ifPresent(findings::add);
        findings.addAll(deadUnits(variants));
        findings.addAll(divergence(variants));
        return findings;
    }

    private static String best(List<VariantSummary> ranked) {
        VariantSummary best = ranked.get(0);
        Summary accuracy = best.testAccuracy().orElseThrow();
        StringBuilder sentence = new StringBuilder(String.format(Locale.ROOT,
                "Highest mean test accuracy: %s, %.4f", best.activation(), accuracy.mean()));
        if (accuracy.hasSpread()) {
            sentence.append(String.format(Locale.ROOT, " (95%% CI %.4f–%.4f, %d seeds)",
                    accuracy.confidenceLow(), accuracy.confidenceHigh(), accuracy.count()));
        } else {
            sentence.append(" (one seed: no interval; run more seeds before drawing conclusions)");
        }
        if (ranked.size() > 1) {
            List<String> beaten = new ArrayList<>();
            List<String> tied = new ArrayList<>();
            for (VariantSummary other : ranked.subList(1, ranked.size())) {
                Optional<WelchTest> test = welch(best, other);
                if (test.isEmpty()) {
                    tied.add(other.activation() + " (too few seeds to test)");
                } else if (!test.get().isTestable()) {
                    tied.add(other.activation() + " (no seed-to-seed spread in either, so not testable)");
                } else if (test.get().isSignificant(WelchTest.DEFAULT_SIGNIFICANCE_LEVEL)) {
                    beaten.add(String.format(Locale.ROOT, "%s (p = %s)", other.activation(), test.get().formattedPValue()));
                } else {
                    tied.add(String.format(Locale.ROOT, "%s (p = %s)", other.activation(), test.get().formattedPValue()));
                }
            }
            if (!beaten.isEmpty()) {
                sentence.append("; significantly higher than ").append(String.join(", ", beaten));
            }
            if (!tied.isEmpty()) {
                sentence.append("; not significantly different from ").append(String.join(", ", tied))
                        .append(" — that difference is within seed-to-seed noise");
            }
        }
        return sentence.append('.').toString();
    }

    private static Optional<String> comparison(VariantSummary variant, String baseline) {
        if (variant.activation().equals(baseline) || variant.versusBaseline().isEmpty()) {
            return Optional.empty();
        }
        WelchTest test = variant.versusBaseline().get();
        if (!test.isTestable()) {
            return Optional.of(String.format(Locale.ROOT,
                    "%s vs %s: test accuracy %+.4f, but neither varies across seeds, so the difference cannot be tested.",
                    variant.activation(), baseline, test.meanDifference()));
        }
        String direction = test.meanDifference() > 0 ? "higher" : "lower";
        if (test.isSignificant(WelchTest.DEFAULT_SIGNIFICANCE_LEVEL)) {
            return Optional.of(String.format(Locale.ROOT, "%s vs %s: test accuracy %+.4f, significantly %s (Welch p = %s).",
                    variant.activation(), baseline, test.meanDifference(), direction, test.formattedPValue()));
        }
        return Optional.of(String.format(Locale.ROOT,
                "%s vs %s: test accuracy %+.4f, not significant (Welch p = %s).",
                variant.activation(), baseline, test.meanDifference(), test.formattedPValue()));
    }

    /**
     * With several variants tested against the baseline, a p-value below 0.05 is more likely to be luck; the
     * Bonferroni threshold 0.05/k keeps the chance of any false "significant" at 5 %. Said only when some
     * comparison is significant at 0.05, so the reader can weigh it.
     */
    private static Optional<String> multipleComparisons(String baseline, List<VariantSummary> variants) {
        List<VariantSummary> tested = variants.stream().filter(v -> v.versusBaseline().isPresent()).toList();
        if (tested.size() < 2) {
            return Optional.empty();
        }
        double level = WelchTest.DEFAULT_SIGNIFICANCE_LEVEL;
        List<String> significant = tested.stream()
                .filter(v -> v.versusBaseline().get().isSignificant(level)).map(VariantSummary::activation).toList();
        if (significant.isEmpty()) {
            return Optional.empty();
        }
        double corrected = level / tested.size();
        List<String> survive = tested.stream()
                .filter(v -> v.versusBaseline().get().isSignificant(corrected)).map(VariantSummary::activation).toList();
        return Optional.of(String.format(Locale.ROOT,
                "%d variants were tested against %s; with a Bonferroni correction (p < %.4f) %s.",
                tested.size(), baseline, corrected,
                survive.isEmpty() ? "no difference from " + baseline + " remains significant"
                        : "still significant: " + String.join(", ", survive)));
    }

    private static List<String> deadUnits(List<VariantSummary> variants) {
        List<String> findings = new ArrayList<>();
        List<String> neverDead = new ArrayList<>();
        for (VariantSummary variant : variants) {
            if (variant.finished() == 0) {
                continue;
            }
            if (!variant.lostUnits()) {
                neverDead.add(variant.activation());
                continue;
            }
            String layers = variant.layers().stream()
                    .filter(l -> l.trialsWithDeadUnits() > 0)
                    .map(l -> String.format(Locale.ROOT,
                            "%s: %.1f of %d units dead at the end on average (at most %d), first after epoch %d, in %d of %d seeds",
                            l.layer(), l.meanFinalDead(), l.units(), l.maxDead(), l.firstEpochWithDeadUnits(),
                            l.trialsWithDeadUnits(), variant.finished()))
                    .collect(Collectors.joining("; "));
            findings.add(variant.activation() + " lost units — " + layers + ".");
        }
        if (!neverDead.isEmpty()) {
            findings.add("No dead unit in any epoch of any seed: " + String.join(", ", neverDead) + ".");
        }
        return findings;
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

    private static Optional<WelchTest> welch(VariantSummary a, VariantSummary b) {
        Summary sa = a.testAccuracy().orElseThrow();
        Summary sb = b.testAccuracy().orElseThrow();
        if (!sa.hasSpread() || !sb.hasSpread()) {
            return Optional.empty();
        }
        return Optional.of(WelchTest.compare(sa, sb));
    }
}
