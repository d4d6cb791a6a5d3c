package io.relulab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.relulab.activation.Activation;
import io.relulab.activation.Elu;
import io.relulab.activation.LeakyRelu;
import io.relulab.activation.PRelu;
import io.relulab.activation.Relu;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyReportWriterTest {

    static final List<Activation> NOTEBOOK = List.of(new Relu(), new LeakyRelu(0.1), new PRelu(0.2), new Elu(1.0));

    @TempDir
    Path folder;

    @Test
    void writesEveryFileAndNothingElse() throws Exception {
        Path out = folder.resolve("relulab-out");
        StudyOutputs outputs = StudyReportWriter.write(HandMadeStudy.study(), NOTEBOOK, out);

        assertThat(outputs.report()).isEqualTo(out.resolve("report.html"));
        assertThat(outputs.figures()).extracting(p -> p.getFileName().toString()).containsExactly(
                "figure1-activations.png", "figure1-activations.svg", "figure2-notebook.png", "figure2-notebook.svg",
                "figure2-high-lr.png", "figure2-high-lr.svg");
        assertThat(names(out)).containsExactlyInAnyOrder("report.html", "results.json", "history.csv", "figures",
                OutputFolder.LOCK_FILE);
        assertThat(names(out.resolve("figures"))).hasSize(6);
        for (Path figure : outputs.figures()) {
            assertThat(Files.size(figure)).as(figure.toString()).isGreaterThan(10_000);
            if (figure.toString().endsWith(".png")) {
                BufferedImage image = ImageIO.read(figure.toFile());
                assertThat(image.getWidth()).isEqualTo(2 * 2 * StudyFigures.PANEL_WIDTH);
                assertThat(image.getHeight()).isEqualTo(2 * 2 * StudyFigures.PANEL_HEIGHT);
            } else {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                assertThat(factory.newDocumentBuilder().parse(figure.toFile()).getDocumentElement().getLocalName())
                        .isEqualTo("svg");
            }
        }
        String html = Files.readString(outputs.report());
        assertThat(html.split("<svg ", -1)).hasSize(1 + 3 * 4); // three figures of four panels, each its own svg
        assertThat(html).contains("(a) Validation accuracy per epoch").contains("(c) Dying ReLU progression");
        assertThat(new ObjectMapper().readTree(outputs.results().toFile()).get("trials")).hasSize(18);
        assertThat(Files.readAllLines(outputs.history())).hasSize(1 + 17 * 3 + 2);
    }

    @Test
    void aSecondRunLeavesNoFigureOfTheFirst() throws IOException {
        Path out = folder.resolve("out");
        StudyReportWriter.write(HandMadeStudy.study(), NOTEBOOK, out);
        Path stale = Files.writeString(out.resolve("figures/figure2-deep-narrow.png"), "from an earlier run");
        StudyReportWriter.write(HandMadeStudy.study(), NOTEBOOK, out);
        assertThat(stale).doesNotExist();
        assertThat(names(out.resolve("figures"))).hasSize(6);
    }

    @Test
    void overwritesAPreviousRunAndLeavesNoTemporaryFiles() throws IOException {
        Path out = folder.resolve("out");
        StudyReportWriter.write(HandMadeStudy.study(), NOTEBOOK, out);
        Files.writeString(out.resolve("report.html"), "stale");
        StudyReportWriter.write(HandMadeStudy.study(), NOTEBOOK, out);
        assertThat(Files.readString(out.resolve("report.html"))).startsWith("<!DOCTYPE html>");
        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith(".") && !name.equals(OutputFolder.LOCK_FILE));
        }
    }

    @Test
    void aFailureWhileRenderingKeepsThePreviousCompleteRun() throws IOException {
        Path out = folder.resolve("out");
        StudyReportWriter.write(HandMadeStudy.study(), NOTEBOOK, out);
        String before = Files.readString(out.resolve("report.html"));

        assertThatThrownBy(() -> StudyReportWriter.write(HandMadeStudy.study(), List.of(), out))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(Files.readString(out.resolve("report.html"))).isEqualTo(before);
        assertThat(names(out)).containsExactlyInAnyOrder("report.html", "results.json", "history.csv", "figures",
                OutputFolder.LOCK_FILE);
    }

    @Test
    void checkWritableCreatesTheFolder() throws IOException {
        Path out = folder.resolve("a/b/c");
        StudyReportWriter.checkWritable(out);
        assertThat(out).isDirectory();
        assertThat(names(out)).isEmpty();
    }

    @Test
    void unwritableFolderFailsWithOneLine() {
        assertThatThrownBy(() -> StudyReportWriter.checkWritable(Path.of("/proc/forbidden")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("output folder /proc/forbidden is not writable: cannot create /proc/forbidden");
    }

    @Test
    void aFileInTheWayFailsWithOneLine() throws IOException {
        Path file = Files.writeString(folder.resolve("taken"), "x");
        assertThatThrownBy(() -> StudyReportWriter.checkWritable(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("output folder " + file + " is not writable: it is a file, not a folder");
        assertThatThrownBy(() -> StudyReportWriter.checkWritable(file.resolve("below")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("output folder " + file.resolve("below") + " is not writable: ")
                .hasMessageNotContaining("\n");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.map(p -> p.getFileName().toString()).toList();
        }
    }
}
