package io.relulab.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.relulab.diagnostics.ProbeSet;
import io.relulab.experiment.Measurement;
import io.relulab.experiment.Provenance;
import io.relulab.sweep.DyingMap;
import io.relulab.sweep.SweepTrialResult;
import io.relulab.sweep.TrialOutcome;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepReportWriterTest {

    @TempDir
    Path out;

    @Test
    void writesResultsHistoryFiguresAndReportFromTheLog() throws IOException {
        List<SweepTrialResult> trials = List.of(SweepTrialJsonTest.trial(0, 0.5), SweepTrialJsonTest.trial(1, 0.75),
                SweepTrialJsonTest.trial(2, 0.625));
        try (SweepTrialLog log = SweepTrialLog.open(out)) {
            trials.forEach(log::append);
        }
        List<TrialOutcome> outcomes = new ArrayList<>();
        trials.stream().limit(2).forEach(t -> outcomes.add(TrialOutcome.of(t)));
        DyingMap map = DyingMap.of(outcomes, "relu");
        List<String> keys = List.of(trials.get(1).key().id(), trials.get(0).key().id()); // the order of the files, not of the log
        Provenance provenance = new Provenance("test", "relulab sweep --seeds 2", Map.of("epochs", "2"),
                new Measurement(ProbeSet.notebook(), Optional.empty()), "notebook data", "abc", 1600, 400, 20, false, "17",
                Instant.parse("2026-01-01T00:00:00Z"));

        SweepReportWriter.Outputs outputs;
        com.fasterxml.jackson.databind.node.ObjectNode spec = new ObjectMapper().createObjectNode().put("epochs", 2);
        try (OutputFolder folder = OutputFolder.lock(out)) {
            outputs = SweepReportWriter.write(provenance, spec, map, folder, keys);
        }
        try (java.util.stream.Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).doesNotContain("staging").noneMatch(n -> n.startsWith(OutputFolder.STAGING_PREFIX));
        }

        JsonNode results = new ObjectMapper().readTree(outputs.results().toFile());
        assertThat(results.get("schema_version").asInt()).isEqualTo(SweepReportWriter.SCHEMA_VERSION);
        assertThat(results.get("spec")).isEqualTo(spec);
        assertThat(results.at("/provenance/data/train_rows").asInt()).isEqualTo(1600);
        assertThat(results.at("/provenance/probe/description").asText()).isEqualTo("first100");
        assertThat(results.get("trials")).hasSize(2); // the third trial is not in this sweep's grid
        assertThat(SweepTrialJson.read(results.get("trials").get(0), "test").result().testAccuracy()).isEqualTo(0.75);
        assertThat(SweepTrialJson.read(results.get("trials").get(1), "test").result().testAccuracy()).isEqualTo(0.5);
        assertThat(results.get("cells")).hasSize(1);
        assertThat(results.get("cells").get(0).get("mean_dead_share").asDouble()).isEqualTo(3.0 / 32);
        List<String> history = Files.readAllLines(outputs.history());
        assertThat(history).hasSize(1 + 2 * 2);
        assertThat(history.get(0)).startsWith("activation,learning_rate,depth,width,hidden,init,optimizer,redo,epochs,data,seed,epoch,loss");
        assertThat(history.get(1)).contains(",notebook,1,1,");
        assertThat(history.get(4)).startsWith("leaky_relu:0.1,0.05,2,16,\"16,16\",he_normal,adam,on,2,notebook,0,2,0.30000000000000004,");
        BufferedImage dead = ImageIO.read(outputs.figures().resolve("dying-map-dead.png").toFile());
        assertThat(dead.getWidth()).isGreaterThan(500);
        assertThat(outputs.figures().resolve("dying-map-accuracy.svg")).exists();
        String html = Files.readString(outputs.report());
        assertThat(html).contains("the dying map").contains("<svg").contains(map.findings().get(0).replace("'", "&#39;"))
                .contains("Holm").doesNotContain("NaN");
    }

}
