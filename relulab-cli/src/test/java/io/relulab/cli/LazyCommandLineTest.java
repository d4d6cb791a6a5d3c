package io.relulab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@link ReluLab#newCommandLine(String...)} builds only the subcommand its arguments invoke: every command must
 * then print the same help, the same version, the same errors with the same exit codes as in the whole command line.
 */
class LazyCommandLineTest {

    @Test
    void aNamedSubcommandIsBuiltAlone() {
        assertThat(ReluLab.newCommandLine("study", "--seeds", "3").getSubcommands()).containsOnlyKeys("study");
        assertThat(ReluLab.newCommandLine("data", "make-moons").getSubcommands()).containsOnlyKeys("data");
        assertThat(List.copyOf(ReluLab.newCommandLine("data", "make-moons").getSubcommands().get("data").getSubcommands().keySet()))
                .isEqualTo(List.copyOf(ReluLab.newCommandLine().getSubcommands().get("data").getSubcommands().keySet()));
    }

    @Test
    void withoutASubcommandNameTheWholeCommandLineIsBuilt() {
        List<String> all = List.copyOf(ReluLab.newCommandLine().getSubcommands().keySet());
        assertThat(all).startsWith("help", "study").contains("inspect", "data");
        for (String[] args : new String[][] {{}, {"--help"}, {"-V"}, {"help", "study"}, {"stduy"}, {"Study"}}) {
            assertThat(List.copyOf(ReluLab.newCommandLine(args).getSubcommands().keySet())).as(String.join(" ", args))
                    .isEqualTo(all);
        }
    }

    @Test
    void everyCommandBehavesAsInTheWholeCommandLine() {
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"--help"});
        cases.add(new String[] {"help", "study"});
        cases.add(new String[] {"stduy"});
        cases.add(new String[] {"--bogus"});
        for (List<String> command : commands()) {
            for (String[] tail : new String[][] {{"--help"}, {"-V"}, {"--bogus-option", "1"}}) {
                List<String> args = new ArrayList<>(command);
                args.addAll(List.of(tail));
                cases.add(args.toArray(String[]::new));
            }
        }
        cases.add(new String[] {"study", "--seeds", "0", "--epochs", "0"});
        cases.add(new String[] {"train", "--activation", "nope"});
        for (String[] args : cases) {
            Outcome whole = run(ReluLab.newCommandLine(), args);
            Outcome lazy = run(ReluLab.newCommandLine(args), args);
            assertThat(lazy).as(String.join(" ", args)).isEqualTo(whole);
        }
    }

    private record Outcome(int exitCode, String out, String err) {
    }

    private static Outcome run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Outcome(exitCode, out.toString(), err.toString());
    }

    /** Every command below the program, as the words that select it ({@code [study]}, {@code [data, split]}). */
    private static List<List<String>> commands() {
        List<List<String>> all = new ArrayList<>();
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
