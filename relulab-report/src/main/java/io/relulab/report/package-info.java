/**
 * What users see: charts rendered to PNG (JFreeChart) and SVG (Batik), the self-contained HTML
 * report, and JSON/CSV writers whose numbers round-trip to the same doubles.
 */
package io.relulab.report;
