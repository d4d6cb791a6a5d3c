package io.relulab.cli;

import io.relulab.activation.Activation;
import io.relulab.experiment.StudyResult;
import io.relulab.report.ResultsJsonReader;
import io.relulab.report.StudyOutputs;
import io.relulab.report.StudyReportWriter;
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
            "Re-render the report, tables and figures of a study from its results.json, without training.",
            "The summaries, comparisons and findings are computed again from the recorded trials."
        },
        footer = {
            "",
            "Examples:",
            "  relulab report relulab-out/results.json --out /tmp/report",
            "",
            "Exit codes: 0 done, 2 bad usage or a file that is not a results.json of this schema version."
        })
public final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec commandSpec;

    @Parameters(index = "0", paramLabel = "RESULTS.json", description = "A results.json written by relulab study.")
    private Path results;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder for report.html, results.json, history.csv and figures/.")
    private Path out;

    @Option(names = "--quiet", description = "Print only the paths of the files written.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = commandSpec.commandLine().getOut();
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
}
