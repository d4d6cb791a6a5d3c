package io.relulab.report;

import java.nio.file.Path;

/**
 * Renders {@link RealisticStudy} into a folder (default {@code /tmp/report-demo}) so that a person can look at
 * the figures and the report: {@code java -cp … io.relulab.report.ReportDemo [folder]}.
 */
public final class ReportDemo {

    private ReportDemo() {
    }

    public static void main(String[] arguments) throws Exception {
        Path out = Path.of(arguments.length > 0 ? arguments[0] : "/tmp/report-demo");
        StudyOutputs outputs = StudyReportWriter.write(RealisticStudy.study(), StudyReportWriterTest.NOTEBOOK, out);
        System.out.println("report: " + outputs.report().toAbsolutePath());
        outputs.figures().forEach(f -> System.out.println("figure: " + f));
    }
}
