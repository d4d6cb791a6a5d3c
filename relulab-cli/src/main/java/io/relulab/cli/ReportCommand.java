package io.relulab.cli;

import io.relulab.activation.Activation;
import io.relulab.experiment.StudyResult;
import io.relulab.report.ResultsJsonReader;
import io.relulab.report.StudyOutputs;
import io.relulab.report.StudyReportWriter;
import io.relulab.report.SweepReportWriter;
import io.relulab.report.SweepResultsReader;
import io.relulab.report.SweepTrialLog;
import io.relulab.sweep.CellKey;
import io.relulab.sweep.DyingMap;
import io.relulab.sweep.TrialOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code relulab report RESULTS.json --out DIR}: re-renders a study's report, results, history and figures from its
 * {@code results.json} without training. The summaries and findings are computed again from the recorded trials, so
 * the report is the study's own — or, for a results file from an older ReLU Lab, the same trials told by this one.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Re-render a study's report, tables and figures, or a sweep's dying map, from its results.json.",
            "Nothing is trained.",
            "The summaries, comparisons and findings are computed again from the recorded trials."
        },
        footer = {
            "",
            "Examples:",
            "  relulab report relulab-out/results.json --out /tmp/report",
            "  relulab report relulab-sweep/results.json --out /tmp/dying-map",
            "",
            "Exit codes: 0 done, 2 bad usage or a file that is not a results.json of this schema version."
        })
public final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec commandSpec;

    @Parameters(index = "0", paramLabel = "RESULTS.json", description = "A results.json written by relulab study or relulab sweep.")
    private Path results;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder for report.html, results.json, history.csv and figures/.")
    private Path out;

    @Option(names = "--quiet", description = "Print only the paths of the files written.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = commandSpec.commandLine().getOut();
        if (SweepResultsReader.isSweep(results)) {
            return sweep(stdout);
        }
        StudyResult result = ResultsJsonReader.read(results);
        StudyReportWriter.checkWritable(out);
        List<Activation> plotted = result.activations().stream().map(ActivationSpecs::parse).toList();
        StudyOutputs outputs = StudyReportWriter.write(result, plotted, out);
        if (!quiet) {
            StudyCommand.printSummary(stdout, result);
        }
        stdout.println("Report:  " + outputs.report());
        stdout.println("Results: " + outputs.results() + ", " + outputs.history());
        stdout.println("Figures: " + outputs.folder().resolve(StudyReportWriter.FIGURES_FOLDER));
        stdout.flush();
        return ReluLab.EXIT_OK;
    }

    /**
     * A sweep's results.json: its trials become the trial log of {@code --out} (so the folder is a sweep folder that
     * the same sweep command can extend), and the dying map is drawn again from them.
     */
    private int sweep(PrintWriter stdout) throws IOException {
        SweepResultsReader.Contents contents = SweepResultsReader.read(results);
        StudyReportWriter.checkWritable(out);
        if (java.nio.file.Files.exists(out.resolve(SweepTrialLog.FOLDER))) {
            throw new IllegalArgumentException("--out " + out + " already holds a sweep's trials; choose a new folder");
        }
        SweepReportWriter.Outputs outputs;
        DyingMap map;
        try (io.relulab.report.OutputFolder folder = io.relulab.report.OutputFolder.lock(out)) {
            try (SweepTrialLog log = SweepTrialLog.open(out)) {
                contents.trials().forEach(log::append);
            }
            java.util.Map<CellKey, Integer> order = new java.util.HashMap<>();
            contents.cells().forEach(cell -> order.putIfAbsent(cell, order.size()));
            List<TrialOutcome> outcomes = contents.trials().stream().map(TrialOutcome::of)
                    .sorted(java.util.Comparator.comparingInt((TrialOutcome o) -> order.getOrDefault(CellKey.of(o.key()), order.size()))
                            .thenComparingLong(o -> o.key().seed()))
                    .toList();
            map = DyingMap.of(outcomes, contents.baseline());
            List<String> keys = contents.trials().stream().map(t -> t.key().id()).toList();
            outputs = SweepReportWriter.write(contents.provenance(), contents.spec(), map, folder, keys);
        }
        if (!quiet) {
            map.findings().forEach(f -> stdout.println("- " + f));
        }
        stdout.println("Report:  " + outputs.report());
        stdout.println("Results: " + outputs.results() + ", " + outputs.history());
        stdout.println("Trials:  " + out.resolve(SweepTrialLog.FOLDER));
        stdout.flush();
        return ReluLab.EXIT_OK;
    }
}
