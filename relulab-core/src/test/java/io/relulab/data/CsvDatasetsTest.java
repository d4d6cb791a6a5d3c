package io.relulab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvDatasetsTest {

    @TempDir
    Path folder;

    @Test
    void readsFeaturesAndNumericLabelsInNumericOrder() {
        Dataset data = CsvDatasets.parse("a,y,b\n1.5,1,2\n-3,0,4e-3\n0.25,1,1\n", "d.csv", "y");
        assertThat(data.rows()).isEqualTo(3);
        assertThat(data.columnNames()).containsExactly("a", "b");
        assertThat(data.targetName()).isEqualTo("y");
        assertThat(data.classNames()).containsExactly("0", "1");
        assertThat(data.labelIndices()).containsExactly(1, 0, 1);
        assertThat(data.featuresRowMajor()).containsExactly(1.5, 2, -3, 4e-3, 0.25, 1);
    }

    @Test
    void stringLabelsAreMappedInFirstSeenOrder() {
        Dataset data = CsvDatasets.parse("x,label\n1,dog\n2,cat\n3,dog\n4,emu\n", "d.csv", "label");
        assertThat(data.classNames()).containsExactly("dog", "cat", "emu");
        assertThat(data.labelIndices()).containsExactly(0, 1, 0, 2);
        Dataset signs = CsvDatasets.parse("x,y\n1,1\n2,-1\n", "d.csv", "y");
        assertThat(signs.classNames()).containsExactly("-1", "1");
        assertThat(signs.labelIndices()).containsExactly(1, 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ragged row      | 'a,b,y\\n1,2,0\\n3,4\\n'          | d.csv, line 3: 2 cells, expected 3 as in the header
            text in a cell  | 'a,b,y\\n1,2,0\\n3,abc,1\\n'      | d.csv, line 3, column 2 ('b'): 'abc' is not a number
            NaN             | 'a,b,y\\n1,NaN,0\\n3,4,1\\n'      | d.csv, line 2, column 2 ('b'): NaN is not allowed; values must be finite
            nan lower case  | 'a,b,y\\n1,2,0\\n3,nan,1\\n'      | d.csv, line 3, column 2 ('b'): nan is not allowed; values must be finite
            infinity        | 'a,b,y\\n1,2,0\\n-inf,4,1\\n'     | d.csv, line 3, column 1 ('a'): -inf is not allowed; values must be finite
            empty cell      | 'a,b,y\\n1,,0\\n3,4,1\\n'         | d.csv, line 2, column 2 ('b'): empty cell; expected a number
            missing target  | 'a,b,label\\n1,2,0\\n'            | d.csv, line 1: no target column named 'y'; the columns are a, b, label
            missing label   | 'a,b,y\\n1,2,0\\n3,4,\\n'         | d.csv, line 3, column 3 ('y'): missing target value ''
            empty file      | ''                                  | d.csv: the file is empty; expected a header row naming the columns
            header only     | 'a,b,y\\n'                          | d.csv: no data rows after the header (line 1)
            single class    | 'a,y\\n1,1\\n2,1\\n'                | d.csv, column 2 ('y'): a single class '1' in all 2 rows; classification needs at least two classes
            duplicate name  | 'a,a,y\\n1,2,0\\n'                  | d.csv, line 1, column 2: column name 'a' repeats column 1
            blank lines     | '\\na,b,y\\n1,2,0\\n\\n3,x,1\\n'    | d.csv, line 5, column 2 ('b'): 'x' is not a number
            """)
    void malformedFilesGiveOneLineNamingFileLineAndColumn(String what, String text, String message) {
        String csv = text.replace("\\n", "\n");
        assertThatThrownBy(() -> CsvDatasets.parse(csv, "d.csv", "y"))
                .as(what)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void quotedMultiLineCellsKeepLineNumbersRight() {
        String csv = "a,\"long\nname\",y\n1,2,0\n3,oops,1\n";
        assertThatThrownBy(() -> CsvDatasets.parse(csv, "d.csv", "y"))
                .hasMessage("d.csv, line 4, column 2 ('long\nname'): 'oops' is not a number".replace("\n", "\n"));
    }

    @Test
    void missingFileIsOneLine() {
        assertThatThrownBy(() -> CsvDatasets.read(folder.resolve("none.csv"), "y"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("none.csv: no such file");
    }

    @Test
    void writeThenReadGivesTheSameBits() throws Exception {
        double[] x = {0.1, -0.0, 1e-300, 3.141592653589793, -2.5e17, Double.MIN_VALUE};
        Dataset data = Dataset.of(x, 3, 2, new int[] {1, 0, 1}, List.of("p", "q"), "y", List.of("no", "yes"));
        Path file = folder.resolve("sub/out.csv");
        CsvDatasets.write(data, file);
        assertThat(Files.readString(file)).startsWith("p,q,y\n0.1,-0.0,yes\n");
        Dataset back = CsvDatasets.read(file, "y");
        assertThat(back.featuresSha256()).isEqualTo(data.featuresSha256());
        assertThat(back.classNames()).containsExactly("yes", "no"); // first seen
        assertThat(back.label(0)).isZero();
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing.toList()).containsExactly(file); // no temporary file left behind
        }
    }
}
