package io.relulab.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.relulab.experiment.Provenance;
import io.relulab.experiment.StudyAggregator;
import io.relulab.experiment.StudyResult;
import io.relulab.experiment.TrialResult;
import io.relulab.experiment.VariantSummary;
import io.relulab.report.ResultsJsonWriter.Timings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsJsonWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode parse(StudyResult study, Timings timings) throws IOException {
        return MAPPER.readTree(ResultsJsonWriter.toBytes(study, timings));
    }

    @Test
    void provenanceAndTopLevelFields() throws IOException {
        JsonNode json = parse(HandMadeStudy.study(), Timings.INCLUDED);
        assertThat(json.get("relulab_version").asText()).isEqualTo("0.1.0-TEST");
        JsonNode provenance = json.get("provenance");
        assertThat(provenance.get("command").asText()).isEqualTo("relulab study --seeds 3 --epochs 3");
        assertThat(json.get("schema_version").intValue()).isEqualTo(ResultsJsonWriter.SCHEMA_VERSION).isEqualTo(1);
        assertThat(fieldNames(json)).startsWith("schema_version", "relulab_version", "provenance", "activations", "scenarios",
                "trials", "summary", "simulation");
        assertThat(fieldNames(provenance.get("settings"))).containsExactly("network", "optimizer", "epochs", "note");
        assertThat(provenance.get("settings").get("note").asText()).isEqualTo("<b>bold</b> & \"quoted\"");
        assertThat(provenance.get("probe").toString()).isEqualTo("{\"kind\":\"first_rows\",\"rows\":100,\"description\":\"first100\",\"saturation_eps\":0.001}");
        assertThat(provenance.get("redo").isNull()).isTrue();
        assertThat(provenance.get("data").get("fingerprint").asText()).startsWith("9f86d081");
        assertThat(provenance.get("data").get("train_rows").intValue()).isEqualTo(1600);
        assertThat(provenance.get("machine").get("java_version").asText()).isEqualTo("17.0.15");
        assertThat(provenance.get("machine").get("fused_multiply_add").booleanValue()).isTrue();
        assertThat(provenance.get("created_at").asText()).isEqualTo("2025-01-02T03:04:05Z");
        assertThat(json.get("activations")).hasSize(3);
        JsonNode highLr = json.get("scenarios").get(1);
        assertThat(highLr.get("name").asText()).isEqualTo("high-lr");
        assertThat(highLr.get("configuration").get("optimizer").asText()).isEqualTo("adam:0.05");
        assertThat(highLr.get("findings").size()).isPositive();
        assertThat(highLr.get("comparisons").get(0).get("p_holm").isNumber()).isTrue();
        assertThat(json.get("simulation").get("progressions").get(0).get("dead_per_epoch").get(2).doubleValue()).isEqualTo(12.0);
    }

    @Test
    void finishedTrialHasExactValues() throws IOException {
        JsonNode trial = parse(HandMadeStudy.study(), Timings.INCLUDED).get("trials").get(1);
        assertThat(trial.get("activation").asText()).isEqualTo("relu");
        assertThat(trial.get("scenario").asText()).isEqualTo("notebook");
        assertThat(trial.get("seed").longValue()).isEqualTo(1);
        assertThat(trial.get("status").asText()).isEqualTo("completed");
        assertThat(trial.get("diverged_epoch").isNull()).isTrue();
        assertThat(trial.get("test_accuracy").doubleValue()).isEqualTo(HandMadeStudy.testAccuracy(0, 0, 1));
        assertThat(trial.get("train_loss").doubleValue()).isEqualTo(0.25);
        assertThat(trial.get("test_loss").doubleValue()).isEqualTo(0.3 + 0.001);
        // 0.1 + 0.2 = 0.30000000000000004 survives the round trip bit for bit
        assertThat(trial.get("history").get("loss").get(2).doubleValue()).isEqualTo(0.1 + 0.2);
        assertThat(trial.get("history").get("val_accuracy")).hasSize(3);
        JsonNode layer1 = trial.get("dead").get("layer1");
        assertThat(layer1.get("units").intValue()).isEqualTo(64);
        assertThat(layer1.get("dormant").toString()).isEqualTo("[1,1,2]");
        assertThat(trial.get("elapsed_ms").doubleValue()).isEqualTo(1.234567);
        assertThat(fieldNames(trial)).containsExactly("activation", "scenario", "seed", "status", "diverged_epoch",
                "train_accuracy", "test_accuracy", "train_loss", "test_loss", "history", "dead", "elapsed_ms");
    }

    @Test
    void divergedTrialHasNullsNeverNaN() throws IOException {
        byte[] bytes = ResultsJsonWriter.toBytes(HandMadeStudy.study(), Timings.INCLUDED);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("NaN").doesNotContain("Infinity");
        JsonNode trial = MAPPER.readTree(bytes).get("trials").get(11);
        assertThat(trial.get("scenario").asText()).isEqualTo("high-lr");
        assertThat(trial.get("seed").intValue()).isEqualTo(2);
        assertThat(trial.get("status").asText()).isEqualTo("diverged");
        assertThat(trial.get("diverged_epoch").intValue()).isEqualTo(2);
        for (String metric : List.of("train_accuracy", "test_accuracy", "train_loss", "test_loss")) {
            assertThat(trial.get(metric).isNull()).as(metric).isTrue();
        }
        assertThat(trial.get("history").get("loss").toString()).isEqualTo("[0.9,null]");
        assertThat(trial.get("history").get("val_loss").toString()).isEqualTo("[1.5,null]");
        assertThat(trial.get("dead").get("layer2").get("dead").toString()).isEqualTo("[0,32]");
    }

    @Test
    void everyTrialsNumbersRoundTrip() throws IOException {
        StudyResult study = HandMadeStudy.study();
        JsonNode trials = parse(study, Timings.OMITTED).get("trials");
        assertThat(trials).hasSize(study.trials().size());
        for (int i = 0; i < trials.size(); i++) {
            TrialResult trial = study.trials().get(i);
            if (trial.finished()) {
                assertThat(trials.get(i).get("test_accuracy").doubleValue()).isEqualTo(trial.testAccuracy());
                assertThat(trials.get(i).get("train_accuracy").doubleValue()).isEqualTo(trial.trainAccuracy());
                assertThat(trials.get(i).get("history").get("val_loss").get(2).doubleValue())
                        .isEqualTo(trial.history().validationLoss()[2]);
            }
        }
    }

    @Test
    void summaryHasStatisticsAndWelchTest() throws IOException {
        StudyResult study = HandMadeStudy.study();
        JsonNode summary = parse(study, Timings.INCLUDED).get("summary");
        assertThat(summary).hasSize(6);
        JsonNode relu = summary.get(3);
        assertThat(relu.get("scenario").asText()).isEqualTo("high-lr");
        assertThat(relu.get("activation").asText()).isEqualTo("relu");
        assertThat(relu.get("trials").intValue()).isEqualTo(3);
        assertThat(relu.get("diverged").intValue()).isEqualTo(1);
        assertThat(relu.get("test_accuracy").get("n").intValue()).isEqualTo(2);
        assertThat(relu.get("test_accuracy").get("mean").doubleValue())
                .isEqualTo(study.scenarios().get(1).variants().get(0).testAccuracy().orElseThrow().mean());
        assertThat(relu.get("vs_baseline").isNull()).isTrue();
        JsonNode dead = relu.get("dead").get("layer1");
        // finished relu seeds 0 and 1 end with 2 and 3 dead units in layer1; first dead after epoch 2
        assertThat(dead.get("mean_final").doubleValue()).isEqualTo(2.5);
        assertThat(dead.get("max").intValue()).isEqualTo(3);
        assertThat(dead.get("mean_final_inactive").doubleValue()).isEqualTo(3.5);
        assertThat(dead.get("first_epoch").intValue()).isEqualTo(2);
        assertThat(relu.get("dead").get("layer2").get("first_epoch").isNull()).isTrue();

        JsonNode leaky = summary.get(4);
        VariantSummary expected = study.scenarios().get(1).variants().get(1);
        JsonNode test = leaky.get("vs_baseline");
        assertThat(test.get("baseline").asText()).isEqualTo("relu");
        assertThat(test.get("difference").doubleValue()).isEqualTo(expected.versusBaseline().orElseThrow().meanDifference());
        assertThat(test.get("p").doubleValue()).isEqualTo(expected.versusBaseline().orElseThrow().pValue());
        assertThat(test.get("df").doubleValue()).isEqualTo(expected.versusBaseline().orElseThrow().degreesOfFreedom());
        assertThat(leaky.get("test_accuracy").get("ci_low").doubleValue())
                .isEqualTo(expected.testAccuracy().orElseThrow().confidenceLow());
    }

    @Test
    void findingsPerScenario() throws IOException {
        StudyResult study = HandMadeStudy.study();
        JsonNode scenarios = parse(study, Timings.INCLUDED).get("scenarios");
        assertThat(scenarios.get(0).get("name").asText()).isEqualTo("notebook");
        List<String> highLr = new ArrayList<>();
        scenarios.get(1).get("findings").forEach(f -> highLr.add(f.asText()));
        assertThat(highLr).isEqualTo(study.scenarios().get(1).findings());
        List<String> observations = new ArrayList<>();
        scenarios.get(1).get("observations").forEach(f -> observations.add(f.asText()));
        assertThat(observations).isEqualTo(study.scenarios().get(1).observations());
    }

    @Test
    void singleSeedSpreadIsNull() throws IOException {
        StudyResult study = HandMadeStudy.study();
        List<TrialResult> one = study.trials().stream().filter(t -> t.seed() == 0).toList();
        StudyResult single = new StudyResult(study.provenance(), study.activations(), one,
                HandMadeStudy.aggregate(one, HandMadeStudy.SCENARIOS), "", List.of());
        JsonNode accuracy = parse(single, Timings.INCLUDED).get("summary").get(0).get("test_accuracy");
        assertThat(accuracy.get("n").intValue()).isEqualTo(1);
        assertThat(accuracy.get("mean").doubleValue()).isEqualTo(0.85);
        assertThat(accuracy.get("std").isNull()).isTrue();
        assertThat(accuracy.get("ci_low").isNull()).isTrue();
    }

    @Test
    void identicalInputsGiveIdenticalBytesWithoutTimings() {
        StudyResult first = HandMadeStudy.study(Instant.parse("2025-01-01T00:00:00Z"), 5);
        StudyResult second = HandMadeStudy.study(Instant.parse("2026-06-30T12:00:00Z"), 999_999_999);
        byte[] a = ResultsJsonWriter.toBytes(first, Timings.OMITTED);
        assertThat(ResultsJsonWriter.toBytes(second, Timings.OMITTED)).isEqualTo(a);
        assertThat(ResultsJsonWriter.toBytes(second, Timings.INCLUDED)).isNotEqualTo(ResultsJsonWriter.toBytes(first, Timings.INCLUDED));
        String text = new String(a, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("created_at").doesNotContain("elapsed_ms").endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void omittingTimingsRemovesOnlyTheTimingFields() throws IOException {
        StudyResult study = HandMadeStudy.study();
        JsonNode with = parse(study, Timings.INCLUDED);
        JsonNode without = parse(study, Timings.OMITTED);
        ((com.fasterxml.jackson.databind.node.ObjectNode) with.get("provenance")).remove("created_at");
        with.get("trials").forEach(t -> ((com.fasterxml.jackson.databind.node.ObjectNode) t).remove("elapsed_ms"));
        assertThat(without).isEqualTo(with);
    }

    @Test
    void writesAtomicallyIntoAFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("results.json");
        ResultsJsonWriter.write(HandMadeStudy.study(), file);
        assertThat(MAPPER.readTree(file.toFile()).get("trials")).hasSize(18);
        try (var listing = Files.list(folder)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("results.json");
        }
    }

    @Test
    void provenanceWithoutCreationTimeIsNull() throws IOException {
        StudyResult study = HandMadeStudy.study();
        Provenance p = study.provenance();
        StudyResult undated = new StudyResult(new Provenance(p.version(), p.command(), Map.of(), p.measurement(),
                p.dataDescription(), p.dataFingerprint(), p.trainRows(), p.testRows(), p.features(), p.fusedMultiplyAdd(),
                p.javaVersion(), null), study.activations(), study.trials(), study.scenarios(),
                study.simulationSummary(), study.progressions());
        assertThat(parse(undated, Timings.INCLUDED).get("provenance").get("created_at").isNull()).isTrue();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
