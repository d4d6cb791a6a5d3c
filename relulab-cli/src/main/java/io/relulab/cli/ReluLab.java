package io.relulab.cli;

import io.relulab.ReluLabVersion;
import io.relulab.activation.Activation;
import io.relulab.cli.data.DataCommand;
import io.relulab.experiment.StudyData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code relulab} program. With no arguments it runs the reference study ({@code relulab study}).
 *
 * <p>Exit codes (docs/ARCHITECTURE.md §10): 0 success, 1 a trial diverged or a check failed, 2 bad usage or bad
 * input. User errors print one line on stderr, never a stack trace.
 */
@Command(
        name = "relulab",
        mixinStandardHelpOptions = true,
        versionProvider = ReluLab.Version.class,
        description = "Find, explain and fix dying ReLUs.")
public final class ReluLab implements Runnable {

    /**
     * The subcommands, in the order the usage lists them. They are added by {@link #newCommandLine(String...)}
     * rather than named in the {@code @Command} annotation, so that a run builds only the one it invokes: picocli
     * reflects over every option of every command it is given before it parses anything (README, "Performance").
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            CommandLine.HelpCommand.class,
            StudyCommand.class,
            ReportCommand.class,
            SweepCommand.class,
            ActivationsCommand.class,
            TrainCommand.class,
            SimulateDyingCommand.class,
            BornDeadCommand.class,
            DataCommand.class,
            InspectCommand.class);

    /** What {@code relulab} runs when given no arguments: the reference study. */
    public static final String DEFAULT_COMMAND = "study";

    /** Exit code for success. */
    public static final int EXIT_OK = 0;
    /** Exit code when a trial diverged or a check failed. */
    public static final int EXIT_FAILED = 1;
    /** Exit code for bad usage or bad input. */
    public static final int EXIT_USAGE = 2;

    private static final String HEADLESS = "java.awt.headless";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the program and exits with its code. The program draws charts without a display, so it makes AWT
     * headless unless the user chose otherwise ({@code -Djava.awt.headless=false}); the library classes never
     * set it themselves (an embedder without a display passes {@code -Djava.awt.headless=true}).
     */
    public static void main(String[] args) {
        if (System.getProperty(HEADLESS) == null) {
            System.setProperty(HEADLESS, "true");
        }
        System.exit(execute(args));
    }

    /** Runs the program with the given arguments and returns its exit code; used by tests. */
    public static int execute(String... args) {
        String[] arguments = args.length == 0 ? new String[] {DEFAULT_COMMAND} : args;
        if (StudyCommand.readsNotebookData(arguments)) {
            StudyData.prepareNotebook(); // made while picocli builds and parses the command line
        }
        return newCommandLine(arguments).execute(arguments);
    }

    /** Builds the whole command line, every subcommand, with ReLU Lab's error handling. */
    public static CommandLine newCommandLine() {
        return newCommandLine(SUBCOMMANDS);
    }

    /**
     * Builds the command line that {@code args} need: when the first argument names a subcommand other than
     * {@code help}, the program with that subcommand alone (it parses, runs, fails and prints its usage exactly as
     * in the whole command line); otherwise — no arguments, an option, {@code help}, a mistyped name that needs the
     * other names for its suggestions — the whole command line.
     */
    public static CommandLine newCommandLine(String... args) {
        if (args.length > 0) {
            for (Class<?> subcommand : SUBCOMMANDS) {
                if (subcommand != CommandLine.HelpCommand.class && name(subcommand).equals(args[0])) {
                    return newCommandLine(List.of(subcommand));
                }
            }
        }
        return newCommandLine();
    }

    private static String name(Class<?> subcommand) {
        return subcommand.getAnnotation(Command.class).name();
    }

    private static CommandLine newCommandLine(List<Class<?>> subcommands) {
        CommandLine commandLine = new CommandLine(new ReluLab());
        subcommands.forEach(commandLine::addSubcommand);
        commandLine.registerConverter(Activation.class, new ActivationSpecs.Converter());
        commandLine.setResourceBundle(new HelpVariables());
        commandLine.setExecutionExceptionHandler(ReluLab::handleExecutionException);
        commandLine.setParameterExceptionHandler(ReluLab::handleParameterException);
        withVersion(commandLine);
        HelpLayout.applyTo(commandLine);
        return commandLine;
    }

    /** Gives every subcommand the program's version, so that {@code relulab study -V} prints it. */
    private static void withVersion(CommandLine commandLine) {
        commandLine.getCommandSpec().versionProvider(new Version());
        commandLine.getSubcommands().values().forEach(ReluLab::withVersion);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        // one line (docs/ARCHITECTURE.md §7): the message, then where to find the usage
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String command = commandLine.getCommandSpec().qualifiedName();
        err.println(command + ": " + (e instanceof CommandLine.UnmatchedArgumentException unmatched ? unmatched(unmatched) : oneLine(e))
                + " (try '" + commandLine.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return EXIT_USAGE;
    }

    private static int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult)
            throws Exception {
        if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException || e instanceof IOException) {
            PrintWriter err = commandLine.getErr();
            String command = commandLine.getCommandSpec().qualifiedName();
            err.println(command + ": " + oneLine(e));
            err.flush();
            return EXIT_USAGE;
        }
        throw e;
    }

    /**
     * An argument that matched nothing, named as what it looks like — a command, an option or a stray argument —
     * with picocli's suggestions of close names: {@code unknown command 'stduy'; did you mean: study?}.
     */
    static String unmatched(CommandLine.UnmatchedArgumentException e) {
        List<String> arguments = e.getUnmatched();
        String argument = arguments.isEmpty() ? "" : arguments.get(0);
        boolean hasSubcommands = !e.getCommandLine().getSubcommands().isEmpty();
        String what = argument.startsWith("-") ? "unknown option" : hasSubcommands ? "unknown command" : "unexpected argument";
        List<String> suggestions = e.getSuggestions();
        String message = what + " '" + argument + "'";
        if (arguments.size() > 1) {
            message += " (and " + (arguments.size() - 1) + " more)";
        }
        if (!suggestions.isEmpty()) {
            message += "; did you mean: " + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size()))) + "?";
        }
        return message;
    }

    /**
     * The exception's message on one line. An {@link UncheckedIOException} that only wraps its cause reports the
     * cause's message (typically the path); one with its own message (e.g. "cannot write results.json") keeps it and
     * adds the cause's message unless it already contains it.
     */
    static String oneLine(Exception e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        if (e instanceof UncheckedIOException && cause != null && cause.getMessage() != null) {
            boolean ownMessage = message != null && !message.equals(cause.toString());
            if (!ownMessage) {
                message = cause.getMessage();
            } else if (!message.contains(cause.getMessage())) {
                message = message + ": " + cause.getMessage();
            }
        }
        if (message == null) {
            message = e.getClass().getSimpleName();
        }
        return message.replace('\n', ' ');
    }

    /** Reports the version recorded by the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"relulab " + ReluLabVersion.get(), "Java " + System.getProperty("java.version")};
        }
    }
}
