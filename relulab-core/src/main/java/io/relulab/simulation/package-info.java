/**
 * Simulations that need no training engine.
 *
 * <ul>
 *   <li>{@link io.relulab.simulation.DyingSimulation}: the reference notebook's toy "dying ReLU"
 *       simulation (random weights, random updates to alive units only), reproducing numpy's draws
 *       exactly, with options under which units really die, and a computed explanation of why the
 *       notebook's own setting shows no dead unit.</li>
 *   <li>{@link io.relulab.simulation.BornDeadSimulation}: Monte Carlo estimate of the probability that
 *       a deep, narrow ReLU network is <em>born dead</em> — constant over its input domain at
 *       initialisation (Lu, Shin, Su and Karniadakis, "Dying ReLU and Initialization: Theory and
 *       Numerical Examples", Commun. Comput. Phys. 28(5), 2020, arXiv:1903.06733).</li>
 * </ul>
 *
 * <p>All randomness comes from {@link io.relulab.random.NumpyRandom} instances derived from a seed;
 * results do not depend on the number of threads.
 */
package io.relulab.simulation;
