package io.relulab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relulab.sweep.SweepTrialResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTrialLogTest {

    @TempDir
    Path folder;

    @Test
    void eachRunAppendsToItsOwnPartAndReadingGivesEveryTrialOnce() throws IOException {
        try (SweepTrialLog log = SweepTrialLog.open(folder)) {
            log.append(SweepTrialJsonTest.trial(0, 0.5));
            log.append(SweepTrialJsonTest.trial(1, 0.6));
        }
        try (SweepTrialLog log = SweepTrialLog.open(folder)) {
            assertThat(log.file().getFileName().toString()).isEqualTo("part-00001.jsonl");
            log.append(SweepTrialJsonTest.trial(2, 0.7));
            log.append(SweepTrialJsonTest.trial(1, 0.9)); // the same key again: the first line wins
        }
        List<SweepTrialResult> read = new ArrayList<>();
        SweepTrialLog.Contents contents = SweepTrialLog.read(folder, read::add);
        assertThat(contents).isEqualTo(new SweepTrialLog.Contents(3, 0, 1));
        assertThat(read).extracting(r -> r.result().testAccuracy()).containsExactly(0.5, 0.6, 0.7);
    }

    @Test
    void aLineCutShortByAKillIsSkippedSoItsTrialRunsAgain() throws IOException {
        try (SweepTrialLog log = SweepTrialLog.open(folder)) {
            log.append(SweepTrialJsonTest.trial(0, 0.5));
        }
        String cut = SweepTrialJson.write(SweepTrialJsonTest.trial(1, 0.6));
        Files.writeString(folder.resolve("trials/part-00000.jsonl"), cut.substring(0, 40), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        SweepTrialLog.Contents contents = SweepTrialLog.read(folder, trial -> { });
        assertThat(contents).isEqualTo(new SweepTrialLog.Contents(1, 1, 0));
        assertThat(SweepTrialLog.keys(folder)).containsExactly(SweepTrialJsonTest.trial(0, 0.5).key().id());
    }

    @Test
    void aFolderRemembersItsSettingsAndRefusesOthers() throws IOException {
        Map<String, String> settings = Map.of("epochs", "4");
        try (SweepFolder held = SweepFolder.open(folder, settings)) {
            assertThatThrownBy(() -> SweepFolder.open(folder, settings)).hasMessageContaining("is in use by another run");
        }
        SweepFolder.open(folder, settings).close();
        assertThatThrownBy(() -> SweepFolder.open(folder, Map.of("epochs", "5")))
                .hasMessage("sweep folder " + folder + " holds trials with epochs = 4, this run has epochs = 5; "
                        + "use another --out (or the same settings to resume)");
        assertThatThrownBy(() -> SweepFolder.open(folder, Map.of("epochs", "4", "trial_key", "activation,seed")))
                .hasMessageContaining("was written by an older relulab");
    }

    @Test
    void readInOrderGivesTheRequestedOrderAcrossPartsAndSkipsCutLinesAndMissingKeys() throws IOException {
        try (SweepTrialLog log = SweepTrialLog.open(folder)) {
            log.append(SweepTrialJsonTest.trial(2, 0.5));
            log.append(SweepTrialJsonTest.trial(0, 0.6));
        }
        try (SweepTrialLog log = SweepTrialLog.open(folder)) {
            log.append(SweepTrialJsonTest.trial(1, 0.7));
            log.append(SweepTrialJsonTest.trial(0, 0.9)); // a duplicate: the first line wins
        }
        String cut = SweepTrialJson.write(SweepTrialJsonTest.trial(3, 0.8));
        Files.writeString(folder.resolve("trials/part-00001.jsonl"), cut.substring(0, 50), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        List<String> order = java.util.stream.LongStream.range(0, 5).mapToObj(seed -> SweepTrialJsonTest.trial(seed, 0).key().id()).toList();
        List<SweepTrialResult> read = new java.util.ArrayList<>();
        SweepTrialLog.readInOrder(folder, order, read::add);
        assertThat(read).containsExactly(SweepTrialJsonTest.trial(0, 0.6), SweepTrialJsonTest.trial(1, 0.7), SweepTrialJsonTest.trial(2, 0.5));
    }
}
