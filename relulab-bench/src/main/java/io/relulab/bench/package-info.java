/** JMH benchmarks: one training step of the notebook network and one full trial. */
package io.relulab.bench;
