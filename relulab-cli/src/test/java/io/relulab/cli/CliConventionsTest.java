package io.relulab.cli;

import static io.relulab.cli.CommandRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.ReluLabVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** -V everywhere, suggestions for typos, help that wraps at spaces and whole-sentence summaries. */
class CliConventionsTest {

    @Test
    void everyCommandPrintsTheVersion() {
        for (List<String> command : commands()) {
            List<String> args = new ArrayList<>(command);
            args.add("-V");
            CommandRunner run = run(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).as(String.join(" ", args)).startsWith("relulab " + ReluLabVersion.get() + "\n");
        }
    }

    @Test
    void aMistypedCommandOrOptionGetsSuggestions() {
        CommandRunner command = run("stduy");
        assertThat(command.exitCode()).isEqualTo(ReluLab.EXIT_USAGE);
        assertThat(command.err()).isEqualTo("relulab: unknown command 'stduy'; did you mean: study? (try 'relulab --help')\n");
        CommandRunner option = run("study", "--seed", "3");
        assertThat(option.exitCode()).isEqualTo(ReluLab.EXIT_USAGE);
        assertThat(option.errLines()).hasSize(1);
        assertThat(option.err()).startsWith("relulab study: unknown option '--seed'").contains("did you mean: --seeds");
    }

    @Test
    void helpIsWrappedAtSpacesWithinTheWidthAndKeepsEveryTokenWhole() {
        for (List<String> command : commands()) {
            CommandLine commandLine = ReluLab.newCommandLine();
            for (String name : command) {
                commandLine = commandLine.getSubcommands().get(name);
            }
            String help = commandLine.getUsageMessage();
            String name = String.join(" ", command);
            Set<String> words = new HashSet<>(Arrays.asList(help.split("\\s+")));
            for (OptionSpec option : commandLine.getCommandSpec().options()) {
                for (String line : option.renderedDescription()) {
                    for (String token : line.strip().split("\\s+")) {
                        assertThat(words).as(name + ": a token of " + option.longestName() + " was broken").contains(token);
                    }
                }
            }
            for (String line : help.split("\n")) {
                if (!line.startsWith("  relulab ") && !line.startsWith("      ")) { // examples are never wrapped
                    assertThat(line.length()).as(name + ": " + line).isLessThanOrEqualTo(HelpLayout.WIDTH);
                }
            }
            assertThat(help).as(name).doesNotContain("=<"); // no internal field names as parameter labels
        }
    }

    @Test
    void theCommandListShowsWholeSentences() {
        for (List<String> command : commands()) {
            CommandLine commandLine = ReluLab.newCommandLine();
            for (String name : command) {
                commandLine = commandLine.getSubcommands().get(name);
            }
            CommandSpec spec = commandLine.getCommandSpec();
            if (spec.subcommands().isEmpty()) {
                continue;
            }
            String list = commandLine.getUsageMessage().replaceAll("\\s+", " ");
            for (CommandLine sub : spec.subcommands().values()) {
                String summary = HelpLayout.summary(sub.getCommandSpec());
                assertThat(summary).as(sub.getCommandName()).endsWith(".").doesNotContain("\n");
                assertThat(list).as(sub.getCommandName()).contains(sub.getCommandName() + " " + summary);
            }
        }
    }

    @Test
    void wrappingBreaksOnlyAtSpaces() {
        assertThat(HelpLayout.wrap("write the run as --json dying.json with leaky_relu:0.1", "  ", "    ", 30))
                .isEqualTo("  write the run as --json\n    dying.json with\n    leaky_relu:0.1\n");
        assertThat(HelpLayout.wrap("averyveryverylongtokenthatdoesnotfit here", "", "", 10))
                .isEqualTo("averyveryverylongtokenthatdoesnotfit\nhere\n");
    }

    /** Every command and subcommand, as the words that select it ({@code [study]}, {@code [data, split]}). */
    private static List<List<String>> commands() {
        List<List<String>> all = new ArrayList<>();
        all.add(List.of());
        collect(ReluLab.newCommandLine(), new ArrayList<>(), all);
        return all;
    }

    private static void collect(CommandLine commandLine, List<String> path, List<List<String>> all) {
        for (var entry : commandLine.getSubcommands().entrySet()) {
            if (entry.getKey().equals("help")) {
                continue;
            }
            List<String> next = new ArrayList<>(path);
            next.add(entry.getKey());
            all.add(next);
            collect(entry.getValue(), next, all);
        }
    }
}
