/**
 * What users see: charts rendered to PNG (JFreeChart) and SVG (JFreeSVG), the self-contained HTML
 * report, and JSON/CSV writers whose numbers round-trip to the same doubles.
 *
 * <p>The study's entry point is {@link io.relulab.report.StudyReportWriter}: take the output folder with
 * {@link io.relulab.report.OutputFolder#lock} before training, {@code write(result, plottedActivations, folder)}
 * after it. It combines {@link
 * io.relulab.report.ResultsJsonWriter} ({@code results.json}), {@link io.relulab.report.HistoryCsvWriter}
 * ({@code history.csv}), {@link io.relulab.report.StudyFigures} (figures 1 and 2, PNG + SVG) and {@link
 * io.relulab.report.HtmlReportWriter} ({@code report.html}), staging every file and publishing the report last.
 */
package io.relulab.report;
