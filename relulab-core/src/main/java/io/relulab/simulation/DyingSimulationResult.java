package io.relulab.simulation;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of a toy dying-ReLU simulation: one {@link DyingSimulationEpoch} per epoch, and a
 * computed explanation.
 *
 * @param config the settings that produced it
 * @param epochs one entry per epoch, in order
 */
public record DyingSimulationResult(DyingSimulationConfig config, List<DyingSimulationEpoch> epochs) {

    public DyingSimulationResult {
        epochs = List.copyOf(epochs);
    }

    /** Dead-unit counts per epoch, in order. */
    public int[] deadCounts() {
        return epochs.stream().mapToInt(DyingSimulationEpoch::deadUnits).toArray();
    }

    /** The notebook's line for one epoch: {@code "Epoch k: D/U neurons are dead"}. */
    public String line(DyingSimulationEpoch epoch) {
        return "Epoch " + epoch.epoch() + ": " + epoch.deadUnits() + "/" + config.units() + " neurons are dead";
    }

    /**
     * Explains the table from the measured numbers: why no unit died, or which units died and why they
     * stay dead. Several sentences, one paragraph per line.
     */
    public String explanation() {
        DyingSimulationEpoch last = epochs.get(epochs.size() - 1);
        StringBuilder text = new StringBuilder();
        String setting = String.format(Locale.ROOT,
                "%d inputs N(0, %s²) of dimension %d, weights N(%s, %s²) and biases N(%s, %s²)",
                config.inputCount(), number(config.inputScale()), config.inputDimension(), number(config.weightMean()),
                number(config.weightSpread()), number(config.biasMean()), number(config.biasSpread()));
        boolean noneEverDead = epochs.stream().allMatch(e -> e.deadUnits() == 0);
        if (noneEverDead) {
            DyingSimulationEpoch closest = epochs.stream()
                    .min((a, b) -> Double.compare(a.smallestAliveMaximum(), b.smallestAliveMaximum())).orElseThrow();
            text.append(String.format(Locale.ROOT,
                    "Why no unit is dead: a unit is dead only if its pre-activation w·x + b is <= 0 on all %d inputs. "
                            + "Here every unit has a positive pre-activation on some input: over all epochs the smallest "
                            + "of the units' largest pre-activations is %.4g (unit %d, epoch %d).%n",
                    config.inputCount(), closest.smallestAliveMaximum(), closest.closestUnit(), closest.epoch()));
            text.append(String.format(Locale.ROOT,
                    "With %s, w·x + b varies across inputs with a standard deviation of about %.3g (mean over units) "
                            + "against a mean bias of %.3g, so among %d inputs some always push it far above 0; "
                            + "on %d of them every unit fires (epoch %d).%n",
                    setting, last.meanPreActivationSpread(), last.meanBias(), config.inputCount(),
                    last.inputsFiringEveryUnit(), last.epoch()));
            text.append("Units do die with smaller inputs, fewer inputs or a more negative bias, "
                    + "e.g. --input-scale " + number(DyingSimulationConfig.DYING_INPUT_SCALE) + ".");
        } else {
            text.append(String.format(Locale.ROOT,
                    "%d of %d units are dead after epoch %d: their pre-activation w·x + b is <= 0 on every one of the "
                            + "%d inputs, so they output 0 everywhere; the loop updates only alive units, so a dead unit "
                            + "stays dead.%n",
                    last.deadUnits(), config.units(), last.epoch(), config.inputCount()));
            text.append(String.format(Locale.ROOT,
                    "With %s, w·x + b varies across inputs with a standard deviation of only about %.3g (mean over "
                            + "units) against a mean bias of %.3g, so the random updates push units below 0 for every input",
                    setting, last.meanPreActivationSpread(), last.meanBias()));
            if (last.closestUnit() >= 0) {
                text.append(String.format(Locale.ROOT,
                        "; the alive unit closest to dying (unit %d) peaks at %.4g.", last.closestUnit(),
                        last.smallestAliveMaximum()));
            } else {
                text.append('.');
            }
        }
        return text.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
