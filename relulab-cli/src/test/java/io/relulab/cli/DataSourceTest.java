package io.relulab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relulab.data.synthetic.Datasets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSourceTest {

    @Test
    void notebookIsCaseInsensitiveAndReadsTheNotebookData() {
        DataSource source = DataSource.parse(" Notebook ", null);
        assertThat(source.isNotebook()).isTrue();
        assertThat(source.label()).isEqualTo("Notebook");
        assertThat(source.read().fingerprint()).isEqualTo(Datasets.notebookRaw().fingerprint());
    }

    @Test
    void csvReadsTheFileWithTheTargetColumn(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("d.csv");
        Files.writeString(file, "a,b,label\n1,2,0\n3,4,1\n5,6,0\n");
        DataSource source = DataSource.parse("csv:" + file, "label");
        assertThat(source.isNotebook()).isFalse();
        assertThat(source.csvFile()).contains(file);
        assertThat(source.read().rows()).isEqualTo(3);
        assertThat(source.read().columnNames()).containsExactly("a", "b");
    }

    @Test
    void userErrorsAreOneLineNamingTheOptions() {
        assertThatThrownBy(() -> DataSource.parse("notebook", "y"))
                .hasMessage("--target applies only to --data csv:PATH, got --target y with --data notebook");
        assertThatThrownBy(() -> DataSource.parse("parquet:x", null))
                .hasMessage("--data must be 'notebook' or csv:PATH, got 'parquet:x'");
        assertThatThrownBy(() -> DataSource.parse("csv: ", "y"))
                .hasMessage("--data csv:PATH needs a file path, e.g. --data csv:data.csv");
        assertThatThrownBy(() -> DataSource.parse("csv:x.csv", null))
                .hasMessage("--data csv:x.csv needs --target COLUMN naming the class column");
        assertThatThrownBy(() -> DataSource.parse("csv:x.csv", " "))
                .hasMessage("--data csv:x.csv needs --target COLUMN naming the class column");
    }
}
