package io.relulab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relulab.experiment.StudyResult;
import io.relulab.report.ResultsJsonWriter.Timings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsJsonReaderTest {

    @Test
    void aStudyReadBackWritesTheSameBytesAndTheSameReport() {
        for (StudyResult study : new StudyResult[] {HandMadeStudy.study(), RealisticStudy.study()}) {
            byte[] written = ResultsJsonWriter.toBytes(study, Timings.INCLUDED);
            StudyResult read = ResultsJsonReader.parse(written, "results.json");
            assertThat(new String(ResultsJsonWriter.toBytes(read, Timings.INCLUDED), StandardCharsets.UTF_8))
                    .isEqualTo(new String(written, StandardCharsets.UTF_8));
            assertThat(HtmlReportWriter.toHtml(read, ReportFigures.none())).isEqualTo(HtmlReportWriter.toHtml(study, ReportFigures.none()));
            assertThat(read.scenarios()).extracting(s -> s.findings()).isEqualTo(study.scenarios().stream().map(s -> s.findings()).toList());
            assertThat(read.provenance()).isEqualTo(study.provenance());
            // finished trials are equal record for record; a diverged one's non-finite history reads back as NaN
            for (int i = 0; i < study.trials().size(); i++) {
                if (study.trials().get(i).finished()) {
                    assertThat(read.trials().get(i).history()).isEqualTo(study.trials().get(i).history());
                    assertThat(read.trials().get(i).deadCounts()).isEqualTo(study.trials().get(i).deadCounts());
                }
            }
        }
    }

    @Test
    void refusesAnotherSchemaVersionAFileWithoutOneAndBrokenFilesInOneLine(@TempDir Path folder) throws IOException {
        String json = new String(ResultsJsonWriter.toBytes(HandMadeStudy.study(), Timings.INCLUDED), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ResultsJsonReader.parse(json.replace("\"schema_version\": 1", "\"schema_version\": 99")
                .getBytes(StandardCharsets.UTF_8), "old.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("results file old.json: schema_version 99 is not supported; expected 1");
        assertThatThrownBy(() -> ResultsJsonReader.parse("{\"trials\": []}".getBytes(StandardCharsets.UTF_8), "x.json"))
                .hasMessageStartingWith("results file x.json: schema_version is missing or malformed");
        assertThatThrownBy(() -> ResultsJsonReader.parse("{not json".getBytes(StandardCharsets.UTF_8), "y.json"))
                .hasMessageStartingWith("results file y.json is not JSON").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> ResultsJsonReader.parse(json.replace("\"trials\"", "\"trails\"").getBytes(StandardCharsets.UTF_8), "z.json"))
                .hasMessage("results file z.json: trials is missing or malformed; expected a field 'trials'");
        assertThatThrownBy(() -> ResultsJsonReader.read(folder.resolve("none.json")))
                .hasMessage("results file " + folder.resolve("none.json") + " does not exist");
        Path file = folder.resolve("results.json");
        Files.writeString(file, json);
        assertThat(ResultsJsonReader.read(file).trials()).hasSize(18);
    }
}
