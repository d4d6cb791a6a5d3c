package io.relulab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.activation.Relu;
import io.relulab.experiment.StudyData;
import io.relulab.experiment.StudySpec;
import io.relulab.experiment.TrialConfiguration;
import io.relulab.sweep.SweepDefaults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Defaults are stated once: as typed constants in the layer that owns them, which the command line's options, its
 * help and the engine all read. The source scan fails on a default written as a literal in an annotation, or
 * repeated in a help text; the behavioural checks fail if an option's default disagrees with the engine's.
 */
class OptionDefaultsTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    /** {@code defaultValue = "50"}: a literal default (a constant expression starts {@code "" +} or names a constant). */
    private static final Pattern LITERAL_DEFAULT = Pattern.compile("defaultValue\\s*=\\s*\"(?!\"\\s*\\+)");
    /**
     * A default restated in a description: {@code (default: 50)}, {@code (default 0.25 ...)}, {@code (default: adam ...)},
     * {@code glorot_uniform (default)}. Words that describe rather than state a value are allowed ({@code (default: all
     * cores)}, {@code (default: none)}, …) and so is the variable {@code ${DEFAULT-VALUE}} and a constant appended to
     * {@code "(default: "}.
     */
    private static final Pattern RESTATED_DEFAULT = Pattern.compile(
            "\\(default:? (?:-?[0-9]|[a-z_]+[:,][0-9a-z])|\\(default[);]|(?:\\(default:? )(?:adam|sgd|relu|glorot|zeros|first|notebook)");

    @Test
    void noCommandWritesADefaultAsALiteral() throws IOException {
        assertThat(matches(LITERAL_DEFAULT)).isEmpty();
    }

    @Test
    void noHelpTextRestatesADefault() throws IOException {
        assertThat(matches(RESTATED_DEFAULT)).isEmpty();
    }

    @Test
    void theScansCatchTheFormsTheyAreFor() {
        assertThat(LITERAL_DEFAULT.matcher("defaultValue = \"64,32\",").find()).isTrue();
        assertThat(LITERAL_DEFAULT.matcher("defaultValue = \"\" + TrainingConfig.DEFAULT_EPOCHS,").find()).isFalse();
        assertThat(LITERAL_DEFAULT.matcher("defaultValue = OptionDefaults.HIDDEN,").find()).isFalse();
        for (String restated : List.of("(default: 50)", "(default 0.25 when", "(default: adam with Keras defaults)",
                "glorot_uniform (default), he", "fma-chain (default; exact", "(default: 64,32)", "(default: first100)")) {
            assertThat(RESTATED_DEFAULT.matcher(restated).find()).as(restated).isTrue();
        }
        for (String described : List.of("(default: ${DEFAULT-VALUE})", "(default: all cores)", "(default: none)",
                "(default: the rest)", "(default: balanced)", "(default: \" + OptionDefaults.HIDDEN + \")")) {
            assertThat(RESTATED_DEFAULT.matcher(described).find()).as(described).isFalse();
        }
    }

    @Test
    void everyHelpTextHasItsVariablesFilledIn() {
        CommandLine root = ReluLab.newCommandLine();
        List<CommandLine> commands = new ArrayList<>();
        collect(root, commands);
        assertThat(commands).hasSizeGreaterThan(10);
        for (CommandLine command : commands) {
            String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
            assertThat(help).as(command.getCommandSpec().qualifiedName()).doesNotContain("${");
        }
    }

    @Test
    void everyVariableTheSourcesNameIsInTheBundle() throws IOException {
        HelpVariables bundle = new HelpVariables();
        List<String> keys = new ArrayList<>();
        Pattern variable = Pattern.compile("\\$\\{bundle:([a-z_.]+)\\}|PREFIX \\+ \"([a-z_.]+)}\"");
        for (String line : matches(variable)) {
            Matcher matcher = variable.matcher(line);
            while (matcher.find()) {
                keys.add(matcher.group(1) != null ? matcher.group(1) : "relulab.default." + matcher.group(2));
            }
        }
        assertThat(keys).hasSizeGreaterThan(15).contains("relulab.default.hidden", "relulab.default.product_order");
        for (String key : keys) {
            assertThat(bundle.keySet()).as(key).contains(key);
            assertThat(bundle.getString(key)).as(key).isNotBlank();
        }
    }

    @Test
    void trainsDefaultsAreTheNotebooksConfiguration() {
        CommandLine root = ReluLab.newCommandLine();
        root.parseArgs("train");
        TrainCommand command = root.getSubcommands().get("train").getCommand();
        TrainSetup setup = command.prepare();
        TrialConfiguration notebook = StudySpec.notebookDefaults(StudyData.notebook(), new Relu());
        assertThat(setup.trial().configuration()).isEqualTo(notebook);
        assertThat(setup.trial().activation()).isEqualTo(new Relu());
        assertThat(setup.seed()).isEqualTo(StudySpec.FIRST_SEED);
    }

    @Test
    void studysAndSweepsDefaultsAreTheirSpecs() {
        assertThat(OptionDefaults.values())
                .containsEntry("relulab.default.study.activations", "relu,leaky_relu:0.1,prelu:0.0,elu:1.0")
                .containsEntry("relulab.default.study.scenarios", "notebook,high-lr")
                .containsEntry("relulab.default.hidden", "64,32")
                .containsEntry("relulab.default.optimizer", "adam:0.001")
                .containsEntry("relulab.default.probe", "first100")
                .containsEntry("relulab.default.sweep.optimizers", "adam")
                .containsEntry("relulab.default.sweep.redo", "off")
                .containsEntry("relulab.default.notebook.layers", "20-64-32-1")
                .containsEntry("relulab.default.notebook.split", "80/20");
        // the sweep's parsed defaults are the typed constants
        CommandLine root = ReluLab.newCommandLine();
        assertThat(root.parseArgs("sweep").subcommand().matchedOptions()).isEmpty();
        CommandLine sweep = root.getSubcommands().get("sweep");
        assertThat(sweep.getCommandSpec().findOption("--activations").<List<?>>getValue()).isEqualTo(SweepDefaults.ACTIVATIONS);
        assertThat(sweep.getCommandSpec().findOption("--learning-rates").<List<?>>getValue()).isEqualTo(SweepDefaults.LEARNING_RATES);
        assertThat(sweep.getCommandSpec().findOption("--optimizers").<List<?>>getValue()).isEqualTo(SweepDefaults.OPTIMIZERS);
        assertThat(sweep.getCommandSpec().findOption("--epochs").<List<?>>getValue()).isEqualTo(SweepDefaults.EPOCHS);
        CommandLine studyRoot = ReluLab.newCommandLine();
        studyRoot.parseArgs("study");
        CommandLine study = studyRoot.getSubcommands().get("study");
        assertThat(study.getCommandSpec().findOption("--activations").<List<?>>getValue()).isEqualTo(StudySpec.DEFAULT_ACTIVATIONS);
        assertThat(study.getCommandSpec().findOption("--scenarios").<List<?>>getValue()).isEqualTo(StudySpec.DEFAULT_SCENARIOS);
    }

    private static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, into));
    }

    /** {@code file:line: text} of every line of the main sources that matches. */
    private static List<String> matches(Pattern pattern) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher matcher = pattern.matcher(lines.get(i));
                    if (matcher.find()) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        return found;
    }
}
