package io.relulab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCsvWriterTest {

    private static List<CSVRecord> records(String csv) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }

    @Test
    void headerHasFixedAndPerLayerColumns() {
        String csv = HistoryCsvWriter.toCsv(HandMadeStudy.study());
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("scenario,activation,seed,status,epoch,loss,accuracy,"
                + "val_loss,val_accuracy,layer1_dead,layer1_inactive,layer1_dormant,layer1_saturated,layer2_dead,layer2_inactive,layer2_dormant,layer2_saturated");
        assertThat(csv).doesNotContain("\r").endsWith("\n");
    }

    @Test
    void oneRowPerTrialAndEpoch() throws IOException {
        List<CSVRecord> rows = records(HistoryCsvWriter.toCsv(HandMadeStudy.study()));
        // 17 finished trials × 3 epochs + the diverged trial's 2 epochs
        assertThat(rows).hasSize(17 * 3 + 2);
        CSVRecord first = rows.get(0);
        assertThat(first.get("scenario")).isEqualTo("notebook");
        assertThat(first.get("activation")).isEqualTo("relu");
        assertThat(first.get("seed")).isEqualTo("0");
        assertThat(first.get("status")).isEqualTo("completed");
        assertThat(first.get("epoch")).isEqualTo("1");
        assertThat(rows.get(2).get("epoch")).isEqualTo("3");
        assertThat(Double.parseDouble(rows.get(2).get("loss"))).isEqualTo(0.1 + 0.2);
        assertThat(Double.parseDouble(rows.get(2).get("val_accuracy"))).isEqualTo(HandMadeStudy.testAccuracy(0, 0, 0));
        assertThat(rows.get(2).get("layer1_dormant")).isEqualTo("2");
    }

    @Test
    void quotesSpecsWithCommas() throws IOException {
        String csv = HistoryCsvWriter.toCsv(HandMadeStudy.study());
        assertThat(csv).contains("notebook,\"softplus:1,20\",0,completed,1,");
        assertThat(records(csv).stream().filter(r -> r.get("activation").equals("softplus:1,20"))).hasSize(2 * 3 * 3);
    }

    @Test
    void divergedTrialHasEmptyCellsForNonNumbers() throws IOException {
        List<CSVRecord> rows = records(HistoryCsvWriter.toCsv(HandMadeStudy.study()));
        List<CSVRecord> diverged = rows.stream().filter(r -> r.get("status").equals("diverged")).toList();
        assertThat(diverged).hasSize(2);
        CSVRecord last = diverged.get(1);
        assertThat(last.get("scenario")).isEqualTo("high-lr");
        assertThat(last.get("seed")).isEqualTo("2");
        assertThat(last.get("epoch")).isEqualTo("2");
        assertThat(last.get("loss")).isEmpty();
        assertThat(last.get("val_loss")).isEmpty();
        assertThat(last.get("accuracy")).isEqualTo("0.5");
        assertThat(last.get("layer1_dead")).isEqualTo("64");
        assertThat(diverged.get(0).get("loss")).isEqualTo("0.9");
    }

    @Test
    void writesAtomically(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("history.csv");
        HistoryCsvWriter.write(HandMadeStudy.study(), file);
        assertThat(Files.readString(file)).isEqualTo(HistoryCsvWriter.toCsv(HandMadeStudy.study()));
        try (var listing = Files.list(folder)) {
            assertThat(listing).hasSize(1);
        }
    }
}
