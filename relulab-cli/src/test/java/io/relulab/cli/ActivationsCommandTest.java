package io.relulab.cli;

import static io.relulab.cli.CommandRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivationsCommandTest {

    @Test
    void valuesPrintsTheDoneWhenExample() {
        CommandRunner run = run("activations", "values", "--activation", "elu:1.0", "--x", "-1,0,0.5");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("""
                x,value,derivative
                -1.0,-0.6321205588285577,0.36787944117144233
                0.0,0.0,1.0
                0.5,0.5,1.0
                """);
    }

    @Test
    void valuesRoundTripThroughDoubleParsing() {
        CommandRunner run = run("activations", "values", "-a", "gelu", "--x=-3,-1e-5,0.1,2.5");
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(5);
        io.relulab.activation.Gelu gelu = new io.relulab.activation.Gelu();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            double x = Double.parseDouble(cells[0]);
            assertThat(Double.parseDouble(cells[1])).isEqualTo(gelu.value(x));
            assertThat(Double.parseDouble(cells[2])).isEqualTo(gelu.derivative(x));
        }
    }

    @Test
    void valuesDefaultsToTheReferenceGridAndFollowsTheKinkConvention() {
        CommandRunner run = run("activations", "values", "--activation", "relu");
        assertThat(run.out()).contains("0.0,0.0,0.0\n").startsWith("x,value,derivative\n-3.0,0.0,0.0\n");
        assertThat(run.out().split("\n")).hasSize(8);
    }

    @Test
    void badParameterExitsTwoWithOneLine() {
        CommandRunner run = run("activations", "values", "--activation", "leaky_relu:2");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("leaky_relu slope must be in [0, 1), got 2.0").doesNotContain("Exception");
    }

    @Test
    void unknownActivationListsTheValidNames() {
        CommandRunner run = run("activations", "values", "--activation", "swishy", "--x", "1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("unknown activation 'swishy'", "relu, leaky_relu, prelu");
    }

    @Test
    void nonNumericInputExitsTwo() {
        CommandRunner run = run("activations", "values", "--activation", "relu", "--x", "1,two");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("'two' is not a double");
    }

    @Test
    void missingSubcommandIsAUsageError() {
        CommandRunner run = run("activations");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("missing subcommand: values or plot");
    }

    @Test
    void everyCommandHasHelpWithExamples() {
        for (String[] args : new String[][] {
            {"activations", "--help"}, {"activations", "values", "--help"}, {"activations", "plot", "--help"}}) {
            CommandRunner run = run(args);
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("Examples:", "relulab activations");
        }
    }

    @Test
    void plotWritesTheThreePanelsAsPngAndSvg(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("figures");
        CommandRunner run = run("activations", "plot", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] names = {"activation-functions", "activation-derivatives", "activation-negative-inputs", "activations"};
        for (String name : names) {
            Path png = out.resolve(name + ".png");
            Path svg = out.resolve(name + ".svg");
            assertThat(ImageIO.read(png.toFile())).isNotNull();
            assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())
                    .getDocumentElement().getTextContent()).contains("ReLU", "Leaky ReLU (α=0.1)", "PReLU (α=0.2)", "ELU (α=1)");
            assertThat(run.out()).contains(png.toString(), svg.toString());
        }
        assertThat(Files.readString(out.resolve("activations.svg")))
                .contains("Activation functions", "Derivatives", "Negative inputs");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.count()).isEqualTo(8);
        }
    }

    @Test
    void plotAcceptsAListWithMultiParameterSpecs(@TempDir Path folder) throws Exception {
        CommandRunner run = run("activations", "plot", "--out", folder.toString(), "--activations", "gelu,softplus:2,10,rrelu:0.1,0.3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(folder.resolve("activation-functions.svg")))
                .contains("GELU", "Softplus (β=2, threshold=10)", "RReLU (α~U[0.1, 0.3])");
        assertThat(Files.readString(folder.resolve("activation-negative-inputs.svg")))
                .contains("every activation shown keeps a gradient for x &lt; 0");
    }

    @Test
    void plotRejectsABadSpecInTheList(@TempDir Path folder) {
        CommandRunner run = run("activations", "plot", "--out", folder.toString(), "--activations", "relu,leaky_relu:1.5");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("leaky_relu slope must be in [0, 1), got 1.5");
    }

    @Test
    void plotIntoAnUnwritableFolderExitsTwoWithOneLine(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("not-a-folder");
        Files.writeString(file, "x");
        CommandRunner run = run("activations", "plot", "--out", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("relulab activations plot: cannot write " + file.resolve("activation-functions.png"));
    }
}
