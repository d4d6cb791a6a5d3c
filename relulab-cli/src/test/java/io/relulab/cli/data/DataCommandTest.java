package io.relulab.cli.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.cli.ReluLab;
import io.relulab.data.CsvDatasets;
import io.relulab.data.Dataset;
import io.relulab.data.PreparedData;
import io.relulab.data.synthetic.Datasets;
import io.relulab.data.synthetic.MakeBlobs;
import io.relulab.data.synthetic.MakeCircles;
import io.relulab.data.synthetic.MakeMoons;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var commandLine = ReluLab.newCommandLine(args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void makeClassificationWritesTheNotebookData() {
        Path file = folder.resolve("d.csv");
        int exit = run("data", "make-classification", "--n-samples", "2000", "--n-features", "20", "--n-informative", "15",
                "--n-redundant", "5", "--n-classes", "2", "--flip-y", "0.1", "--random-state", "42", "--out", file.toString());
        assertThat(exit).as(err.toString()).isZero();
        Dataset written = CsvDatasets.read(file, "y");
        assertThat(written.fingerprint()).isEqualTo(Datasets.notebookRaw().fingerprint());
        assertThat(written.columnNames()).hasSize(20).startsWith("x0").endsWith("x19");
        assertThat(err.toString()).contains("2000 rows, 20 features");
    }

    @Test
    void everyMakeClassificationOptionIsAccepted() {
        int exit = run("data", "make-classification", "--n-samples", "60", "--n-features", "9", "--n-informative", "3",
                "--n-redundant", "1", "--n-repeated", "2", "--n-classes", "3", "--n-clusters-per-class", "1",
                "--weights", "0.5,0.3", "--flip-y", "0", "--class-sep", "2", "--no-hypercube", "--shift", "random",
                "--scale", "random", "--no-shuffle", "--random-state", "3", "--product-order", "openblas-haswell");
        assertThat(exit).as(err.toString()).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(61);
        assertThat(lines[0]).isEqualTo("x0,x1,x2,x3,x4,x5,x6,x7,x8,y");
        assertThat(lines[1]).endsWith(",0"); // no shuffle: cluster 0 (class 0) first
    }

    @Test
    void otherGeneratorsWriteCsvToStandardOutput() throws Exception {
        assertThat(run("data", "make-moons", "--n-samples", "30", "--noise", "0.1", "--random-state", "4")).isZero();
        Dataset moons = CsvDatasets.parse(out.toString(), "stdout", "y");
        assertThat(moons.fingerprint()).isEqualTo(MakeMoons.of(30).withNoise(0.1).generate(4).fingerprint());
        out.getBuffer().setLength(0);
        Path circles = folder.resolve("c.csv");
        assertThat(run("data", "make-circles", "--n-samples", "7,9", "--factor", "0.3", "--no-shuffle", "--random-state", "1",
                "--out", circles.toString())).isZero();
        assertThat(CsvDatasets.read(circles, "y").fingerprint()).isEqualTo(
                new MakeCircles(7, 9, false, java.util.OptionalDouble.empty(), 0.3).generate(1).fingerprint());
        Path blobs = folder.resolve("b.csv");
        assertThat(run("data", "make-blobs", "--n-samples", "10,20", "--centers", "0,0;5,5", "--cluster-std", "0.5,2",
                "--random-state", "1", "--out", blobs.toString())).as(err.toString()).isZero();
        assertThat(CsvDatasets.read(blobs, "y").fingerprint()).isEqualTo(MakeBlobs.builder().samplesPerCenter(10, 20)
                .centers(new double[][] {{0, 0}, {5, 5}}).clusterStd(0.5, 2).build().generate(1).fingerprint());
    }

    @Test
    void writtenFilesRespectTheUmask() throws Exception {
        // a file created the ordinary way gets the mode the umask allows (0644 under umask 022)
        Path reference = Files.createFile(folder.resolve("reference"));
        var expected = Files.getPosixFilePermissions(reference);
        Path made = folder.resolve("moons.csv");
        assertThat(run("data", "make-moons", "--n-samples", "20", "--random-state", "1", "--out", made.toString())).isZero();
        Path data = folder.resolve("d.csv");
        CsvDatasets.write(Datasets.notebookRaw(), data);
        Path split = folder.resolve("split");
        assertThat(run("data", "split", "--in", data.toString(), "--random-state", "1", "--out", split.toString())).isZero();
        for (Path written : new Path[] {made, data, split.resolve("train.csv"), split.resolve("test.csv")}) {
            assertThat(Files.getPosixFilePermissions(written)).as(written.toString()).isEqualTo(expected);
        }
    }

    @Test
    void splitWithScaleEqualsScikitLearnsNotebookPreparation() throws Exception {
        Path data = folder.resolve("d.csv");
        CsvDatasets.write(Datasets.notebookRaw(), data);
        Path outDir = folder.resolve("split");
        int exit = run("data", "split", "--in", data.toString(), "--target", "y", "--test-size", "0.2", "--random-state", "42",
                "--scale", "--out", outDir.toString());
        assertThat(exit).as(err.toString()).isZero();
        PreparedData notebook = Datasets.notebook();
        assertThat(CsvDatasets.read(outDir.resolve("train.csv"), "y").fingerprint()).isEqualTo(notebook.train().fingerprint());
        assertThat(CsvDatasets.read(outDir.resolve("test.csv"), "y").fingerprint()).isEqualTo(notebook.test().fingerprint());
        assertThat(err.toString()).contains("classes 0=0, 1=1").contains("1600 rows").contains("400 rows");
    }

    @Test
    void stratifiedSplitOfTextLabelsKeepsTheTexts() throws Exception {
        Path data = folder.resolve("animals.csv");
        StringBuilder text = new StringBuilder("weight,kind\n");
        for (int i = 0; i < 40; i++) {
            text.append(i).append(',').append(i % 4 == 0 ? "cat" : "dog").append('\n');
        }
        Files.writeString(data, text);
        int exit = run("data", "split", "--in", data.toString(), "--target", "kind", "--test-size", "10", "--stratify",
                "--random-state", "0", "--out", folder.resolve("o").toString());
        assertThat(exit).as(err.toString()).isZero();
        Dataset test = CsvDatasets.read(folder.resolve("o/test.csv"), "kind");
        assertThat(test.rows()).isEqualTo(10);
        int cats = test.classCounts()[test.classNames().indexOf("cat")];
        assertThat(cats).isIn(2, 3);
        assertThat(err.toString()).contains("classes cat=0, dog=1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ragged row     | 'x0,x1,y\\n1,2,0\\n3,4\\n'       | line 3: 2 cells, expected 3
            text cell      | 'x0,x1,y\\n1,2,0\\n3,abc,1\\n'   | line 3, column 2 ('x1'): 'abc' is not a number
            NaN            | 'x0,x1,y\\n1,NaN,0\\n3,4,1\\n'   | line 2, column 2 ('x1'): NaN is not allowed
            missing target | 'x0,x1,label\\n1,2,0\\n'         | line 1: no target column named 'y'
            empty file     | ''                               | the file is empty
            single class   | 'x0,y\\n1,1\\n2,1\\n3,1\\n'      | column 2 ('y'): a single class '1'
            """)
    void malformedCsvGivesOneLineAndExitCodeTwo(String what, String content, String expected) throws Exception {
        Path file = folder.resolve("bad.csv");
        Files.writeString(file, content.replace("\\n", "\n"));
        int exit = run("data", "split", "--in", file.toString(), "--test-size", "0.5", "--random-state", "1",
                "--out", folder.resolve("o").toString());
        assertThat(exit).as(what).isEqualTo(2);
        String message = err.toString();
        assertThat(message.strip().lines()).as(what).hasSize(1);
        assertThat(message).startsWith("relulab data split: " + file).contains(expected);
        assertThat(folder.resolve("o")).doesNotExist();
    }

    @Test
    void splitIntoAnExistingFileGivesOneLineNamingTheOption() throws Exception {
        Path csv = folder.resolve("in.csv");
        Files.writeString(csv, "a,b,y\n1,2,0\n2,3,1\n3,4,0\n4,5,1\n");
        Path file = folder.resolve("taken");
        Files.writeString(file, "not a folder");
        int exit = run("data", "split", "--in", csv.toString(), "--random-state", "1", "--out", file.toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(
                "relulab data split: --out " + file + ": cannot create the output folder: a file of that name exists\n");
    }

    @ParameterizedTest
    @CsvSource({"make-moons", "make-circles", "make-blobs", "make-classification"})
    void aSeedOutsideNumpysRangeNamesRandomState(String generator) {
        assertThat(run("data", generator, "--random-state", "4294967296")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("relulab data " + generator + ": --random-state 4294967296 is outside 0..4294967295\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void splitChecksTheSeedBeforeReadingTheFile() {
        assertThat(run("data", "split", "--in", "missing.csv", "--random-state", "-3", "--out", "o")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("relulab data split: --random-state -3 is outside 0..4294967295\n");
    }

    @Test
    void badParametersGiveOneLineAndExitCodeTwo() {
        assertThat(run("data", "make-classification", "--n-informative", "1", "--random-state", "1")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo(
                "relulab data make-classification: n_classes(2) * n_clusters_per_class(2) must be smaller or equal 2**n_informative(1)=2");
        err.getBuffer().setLength(0);
        assertThat(run("data", "make-classification", "--random-state", "-1")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo(
                "relulab data make-classification: --random-state -1 is outside 0..4294967295");
        err.getBuffer().setLength(0);
        assertThat(run("data", "make-classification", "--random-state", "1", "--shift", "abc")).isEqualTo(2);
        assertThat(err.toString().strip().lines()).hasSize(1);
        err.getBuffer().setLength(0);
        assertThat(run("data", "split", "--in", "x.csv", "--random-state", "1", "--test-size", "1.5", "--out", "o")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("relulab data split: x.csv: no such file");
        err.getBuffer().setLength(0);
        assertThat(run("data", "make-moons")).isEqualTo(2); // --random-state is required
        assertThat(err.toString()).contains("--random-state");
    }

    @Test
    void helpShowsExamples() {
        assertThat(run("data", "make-classification", "--help")).isZero();
        assertThat(out.toString()).contains("Examples:").contains("--n-informative").contains("--no-hypercube");
        out.getBuffer().setLength(0);
        assertThat(run("data", "split", "--help")).isZero();
        assertThat(out.toString()).contains("--stratify").contains("Examples:");
        out.getBuffer().setLength(0);
        assertThat(run("data")).isZero();
        assertThat(out.toString()).contains("make-classification").contains("make-moons").contains("split");
    }
}
