/**
 * The {@code relulab} command line: picocli commands, argument parsing into core types (the only
 * place where strings such as {@code leaky_relu:0.1} become objects), progress display and exit codes.
 */
package io.relulab.cli;
