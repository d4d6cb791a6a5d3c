package io.relulab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the relulab command line in-process and captures its exit code, stdout and stderr. */
record CommandRunner(int exitCode, String out, String err) {

    static CommandRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = ReluLab.newCommandLine(args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CommandRunner(exitCode, out.toString(), err.toString());
    }

    /** The lines of stderr; none when it is empty. */
    String[] errLines() {
        return err.isEmpty() ? new String[0] : err.split("\n");
    }
}
