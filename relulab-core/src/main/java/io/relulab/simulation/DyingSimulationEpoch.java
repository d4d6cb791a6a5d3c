package io.relulab.simulation;

/**
 * What the toy simulation measured at the start of one epoch (before that epoch's random update),
 * exactly where the notebook prints its line.
 *
 * @param epoch                   1-based epoch number, as the notebook prints it
 * @param deadUnits               units whose pre-activation w·x + b is ≤ 0 on every input (the notebook's
 *                                {@code np.all(np.maximum(0, pre) == 0, axis=0)})
 * @param smallestAliveMaximum    over the alive units, the smallest of each unit's largest pre-activation
 *                                over the inputs — how close the closest-to-dying unit is to death; NaN if
 *                                every unit is dead
 * @param closestUnit             index of that unit (0-based), or −1 if every unit is dead
 * @param meanPreActivationSpread mean over units of the population standard deviation of w·x + b across inputs
 * @param meanBias                mean bias over all units
 * @param inputsFiringEveryUnit   number of inputs on which every unit has a positive pre-activation
 */
public record DyingSimulationEpoch(
        int epoch,
        int deadUnits,
        double smallestAliveMaximum,
        int closestUnit,
        double meanPreActivationSpread,
        double meanBias,
        int inputsFiringEveryUnit) {
}
