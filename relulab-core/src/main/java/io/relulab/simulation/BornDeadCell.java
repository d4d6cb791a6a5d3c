package io.relulab.simulation;

/**
 * The born-dead estimate for one (initialisation, width, depth) cell.
 *
 * @param initialization the initialisation
 * @param width          hidden-layer width N
 * @param depth          number of hidden layers L
 * @param trials         networks drawn
 * @param bornDead       how many of them were constant over the input grid
 * @param probability    bornDead / trials
 * @param standardError  binomial standard error √(p(1−p)/trials)
 * @param biasFreeBound  the closed-form bias-free upper bound 1 − (1 − 2^−N)^L
 *                       ({@link BornDeadSimulation#biasFreeBound(int, int)}); it bounds the probability
 *                       only for bias-free symmetric initialisations ({@link BornDeadInitialization#HE})
 */
public record BornDeadCell(
        BornDeadInitialization initialization,
        int width,
        int depth,
        int trials,
        int bornDead,
        double probability,
        double standardError,
        double biasFreeBound) {

    /** Builds a cell from its count, computing the probability, standard error and bound. */
    public static BornDeadCell of(BornDeadInitialization initialization, int width, int depth, int trials, int bornDead) {
        double probability = (double) bornDead / trials;
        return new BornDeadCell(initialization, width, depth, trials, bornDead, probability,
                Math.sqrt(probability * (1 - probability) / trials), BornDeadSimulation.biasFreeBound(width, depth));
    }
}
