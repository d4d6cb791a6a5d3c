/**
 * ReLU Lab: a toolkit for finding, explaining and fixing dying ReLUs. Subpackages, lowest layer
 * first: {@code math}, {@code random}, {@code stats}, {@code activation}, {@code nn}, {@code loss},
 * {@code optim}, {@code data}, {@code data.synthetic}, {@code train}, {@code diagnostics},
 * {@code simulation}, {@code experiment}. Each may import only the packages before it.
 */
package io.relulab;
