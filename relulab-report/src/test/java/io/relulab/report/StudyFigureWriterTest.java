package io.relulab.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.experiment.ScenarioSummary;
import io.relulab.experiment.StudyResult;
import io.relulab.report.chart.ChartWriter;
import io.relulab.report.chart.Figure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures drawn in parts — figure 1's activation panels ahead, the rest later on several threads — are the same files
 * as each figure drawn whole, and their SVG panels are those the report embeds.
 */
class StudyFigureWriterTest {

    @TempDir
    Path folder;

    @Test
    void theFilesAreThoseOfEachFigureDrawnWhole() throws Exception {
        StudyResult study = HandMadeStudy.study();
        StudyFigureWriter figures = StudyFigureWriter.start(StudyReportWriterTest.NOTEBOOK);
        ReportFigures svgs;
        List<String> files;
        try (StudyFigureWriter.Drawing drawing = figures.draw(study, folder.resolve("parts"))) {
            svgs = drawing.svgs();
            drawing.await();
            files = drawing.files();
        }
        assertThat(files).containsExactly("figure1-activations.png", "figure1-activations.svg", "figure2-notebook.png",
                "figure2-notebook.svg", "figure2-high-lr.png", "figure2-high-lr.svg");

        ChartWriter charts = new ChartWriter();
        Path whole = folder.resolve("whole");
        List<Figure> expected = new ArrayList<>();
        expected.add(StudyFigures.activations(StudyReportWriterTest.NOTEBOOK, study.progressions()));
        for (ScenarioSummary scenario : study.scenarios()) {
            expected.add(StudyFigures.scenario(scenario));
        }
        for (int f = 0; f < expected.size(); f++) {
            String png = files.get(2 * f);
            String svg = files.get(2 * f + 1);
            charts.writePng(expected.get(f), whole.resolve(png));
            assertThat(Files.readAllBytes(folder.resolve("parts").resolve(png))).as(png)
                    .isEqualTo(Files.readAllBytes(whole.resolve(png)));
            List<String> panels = new ArrayList<>();
            // a fresh figure: its charts are drawn once more for the SVG, as the writer does
            Figure again = f == 0 ? StudyFigures.activations(StudyReportWriterTest.NOTEBOOK, study.progressions())
                    : StudyFigures.scenario(study.scenarios().get(f - 1));
            for (JFreeChart panel : again.panels()) {
                panels.add(charts.svg(Figure.of(panel, again.panelWidth(), again.panelHeight())));
            }
            assertThat(Files.readString(folder.resolve("parts").resolve(svg))).as(svg)
                    .isEqualTo(SvgGrid.compose(again.layout(), panels));
            assertThat(f == 0 ? svgs.activations() : svgs.scenario(study.scenarios().get(f - 1).scenario())).as(svg)
                    .isEqualTo(panels);
        }
    }
}
