package io.relulab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BornDeadCommandTest {

    @Test
    void printsTheTableAndWritesJson(@TempDir Path folder) throws Exception {
        Path json = folder.resolve("out/born-dead.json");
        CommandRunner result = CommandRunner.run("born-dead", "--widths", "1,3", "--depths", "1,3", "--init", "he,rai",
                "--trials", "200", "--threads", "2", "--json", json.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        String[] lines = result.out().split("\\R");
        assertThat(lines[0]).contains("width").contains("he").contains("bound").contains("rai");
        assertThat(lines).hasSize(1 + 4 + 1);
        // width 1, depth 1, He: never born dead; bound 0.5
        assertThat(lines[1]).startsWith("    1     1  0.0000 ± 0.0000     0.5000");

        JsonNode root = new ObjectMapper().readTree(Files.readString(json));
        assertThat(root.get("cells")).hasSize(8);
        JsonNode first = root.get("cells").get(0);
        assertThat(first.get("init").asText()).isEqualTo("he");
        assertThat(first.get("width").asInt()).isEqualTo(1);
        assertThat(first.get("depth").asInt()).isEqualTo(1);
        assertThat(first.get("trials").asInt()).isEqualTo(200);
        assertThat(first.get("probability").asDouble()).isZero();
        assertThat(first.has("stderr")).isTrue();
        // width 1, depth 3, He: exact probability 3/4
        JsonNode deep = root.get("cells").get(1);
        assertThat(deep.get("depth").asInt()).isEqualTo(3);
        assertThat(deep.get("probability").asDouble()).isBetween(0.65, 0.85);
        try (var files = Files.list(json.getParent())) {
            assertThat(files).containsExactly(json); // no temporary file left behind
        }
    }

    @Test
    void unknownInitialisationIsAUsageError() {
        CommandRunner result = CommandRunner.run("born-dead", "--init", "he,glorot", "--trials", "1");
        assertThat(result.exitCode()).isEqualTo(ReluLab.EXIT_USAGE);
        assertThat(result.err()).startsWith("relulab born-dead: --init: unknown initialisation 'glorot'");
    }

    @Test
    void badNumbersAreOneLineNamingTheOption() {
        String[][] cases = {
            {"--widths", "0", "relulab born-dead: --widths must all be at least 1, got 0\n"},
            {"--depths", "2,-1", "relulab born-dead: --depths must all be at least 1, got -1\n"},
            {"--trials", "0", "relulab born-dead: --trials must be at least 1, got 0\n"},
            {"--seed", "-1", "relulab born-dead: --seed must be ≥ 0, got -1\n"},
        };
        for (String[] c : cases) {
            CommandRunner result = CommandRunner.run("born-dead", c[0], c[1]);
            assertThat(result.exitCode()).as(c[0]).isEqualTo(ReluLab.EXIT_USAGE);
            assertThat(result.err()).as(c[0]).isEqualTo(c[2]);
            assertThat(result.out()).as(c[0]).isEmpty();
        }
    }
}
