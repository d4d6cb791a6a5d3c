package io.relulab.cli.data;

import io.relulab.data.CsvDatasets;
import io.relulab.data.Dataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine;

/** The {@code --out FILE} option shared by the generators: a file written atomically, or stdout. */
final class DatasetOutput {

    @CommandLine.Option(names = "--out", paramLabel = "FILE",
            description = "CSV file to write (atomically); standard output if omitted.")
    Path out;

    void write(Dataset data, CommandLine commandLine) {
        if (out == null) {
            PrintWriter writer = commandLine.getOut();
            try {
                CsvDatasets.print(data, writer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            writer.flush();
            return;
        }
        CsvDatasets.write(data, out);
        PrintWriter err = commandLine.getErr();
        err.println("wrote " + out + ": " + data.rows() + " rows, " + data.columns() + " features, classes "
                + String.join(", ", data.classNames()));
        err.flush();
    }
}
