package io.relulab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The layout of every {@code --help}: wrapped to the terminal's width (picocli's detection), or to
 * {@value #WIDTH} columns when there is no terminal, and broken only at spaces, never inside a token such as
 * {@code leaky_relu:0.1} or {@code dying.json} (picocli's own wrapping breaks after {@code :}, {@code ,} and
 * {@code .}). The command list shows each command's one-line summary — the first line of its description, a whole
 * sentence. Example lines (indented lines of a footer) are never wrapped, so they can be copied as they are.
 */
final class HelpLayout {

    /** The width when the terminal's is not known. */
    static final int WIDTH = 100;
    /** The widest option or command name column before descriptions move to the next line. */
    private static final int MAX_NAME_COLUMN = 30;
    private static final String INDENT = "  ";

    private HelpLayout() {
    }

    /** Applies the layout to {@code commandLine} and all its subcommands. */
    static void applyTo(CommandLine commandLine) {
        commandLine.setUsageHelpWidth(WIDTH);
        commandLine.setUsageHelpAutoWidth(true);
        apply(commandLine);
    }

    private static void apply(CommandLine commandLine) {
        Map<String, CommandLine.IHelpSectionRenderer> sections = new LinkedHashMap<>(commandLine.getHelpSectionMap());
        sections.put(UsageMessageSpec.SECTION_KEY_DESCRIPTION, help -> description(help.commandSpec()));
        sections.put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> options(help.commandSpec()));
        sections.put(UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, help -> parameters(help.commandSpec()));
        sections.put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> commands(help.commandSpec()));
        sections.put(UsageMessageSpec.SECTION_KEY_FOOTER, help -> footer(help.commandSpec()));
        commandLine.setHelpSectionMap(sections);
        for (CommandLine subcommand : commandLine.getSubcommands().values()) {
            apply(subcommand);
        }
    }

    /** The command's one-line summary: its header if it has one (as picocli's help command), else the first line of its description. */
    static String summary(CommandSpec spec) {
        String[] header = spec.usageMessage().header();
        String[] lines = header.length > 0 ? header : spec.usageMessage().description();
        return lines.length == 0 ? "" : text(lines[0]).strip();
    }

    static int width(CommandSpec spec) {
        return Math.max(60, spec.usageMessage().width());
    }

    /** The summary on its own line, then the rest of the description as one paragraph ({@code ""} starts another). */
    private static String description(CommandSpec spec) {
        String[] lines = spec.usageMessage().description();
        if (lines.length == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int width = width(spec);
        out.append(wrap(text(lines[0]), "", "", width));
        StringBuilder paragraph = new StringBuilder();
        for (int i = 1; i <= lines.length; i++) {
            String line = i < lines.length ? text(lines[i]) : "";
            if (line.isBlank()) {
                if (paragraph.length() > 0) {
                    out.append(wrap(paragraph.toString(), "", "", width));
                    paragraph.setLength(0);
                }
            } else {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(line.strip());
            }
        }
        return out.toString();
    }

    private static String options(CommandSpec spec) {
        List<String[]> rows = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            if (!option.hidden()) {
                rows.add(new String[] {optionNames(option), String.join(" ", rendered(option.renderedDescription()))});
            }
        }
        return table(rows, width(spec));
    }

    private static String parameters(CommandSpec spec) {
        List<String[]> rows = new ArrayList<>();
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            if (!parameter.hidden()) {
                rows.add(new String[] {"    " + parameter.paramLabel(), String.join(" ", rendered(parameter.renderedDescription()))});
            }
        }
        return table(rows, width(spec));
    }

    private static String commands(CommandSpec spec) {
        List<String[]> rows = new ArrayList<>();
        for (Map.Entry<String, CommandLine> entry : spec.subcommands().entrySet()) {
            CommandSpec sub = entry.getValue().getCommandSpec();
            if (!sub.usageMessage().hidden() && entry.getKey().equals(sub.name())) {
                rows.add(new String[] {sub.name(), summary(sub)});
            }
        }
        return table(rows, width(spec));
    }

    /** Prose lines are wrapped; indented lines (examples) are kept whole. */
    private static String footer(CommandSpec spec) {
        StringBuilder out = new StringBuilder();
        for (String raw : spec.usageMessage().footer()) {
            for (String line : text(raw).split("\n", -1)) {
                if (line.isBlank() || Character.isWhitespace(line.charAt(0))) {
                    out.append(line.stripTrailing()).append('\n');
                } else {
                    out.append(wrap(line, "", "  ", width(spec)));
                }
            }
        }
        return out.toString();
    }

    /** {@code -a, --activation=SPEC}, {@code     --seeds=N}: picocli's look. */
    private static String optionNames(OptionSpec option) {
        String shortName = null;
        List<String> longNames = new ArrayList<>();
        for (String name : option.names()) {
            if (name.length() == 2 && shortName == null) {
                shortName = name;
            } else {
                longNames.add(option.negatable() ? name.replaceFirst("^--", "--[no-]") : name);
            }
        }
        StringBuilder names = new StringBuilder(shortName == null ? "    " : shortName + (longNames.isEmpty() ? "" : ", "));
        names.append(String.join(", ", longNames));
        if (option.arity().max() > 0 && !option.typeInfo().isBoolean()) {
            names.append('=').append(option.paramLabel());
        }
        return names.toString();
    }

    /** Two columns: names, then descriptions wrapped in their own column. */
    private static String table(List<String[]> rows, int width) {
        int column = 0;
        for (String[] row : rows) {
            if (row[0].length() <= MAX_NAME_COLUMN) {
                column = Math.max(column, row[0].length());
            }
        }
        String pad = " ".repeat(INDENT.length() + column + 2);
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            String first = INDENT + row[0];
            if (row[1].isBlank()) {
                out.append(first).append('\n');
            } else if (row[0].length() <= column) {
                String head = first + " ".repeat(pad.length() - first.length());
                out.append(wrap(row[1], head, pad, width));
            } else {
                out.append(first).append('\n').append(wrap(row[1], pad, pad, width));
            }
        }
        return out.toString();
    }

    /**
     * Wraps {@code text} at spaces to {@code width} columns: the first line starts with {@code first}, the others with
     * {@code rest}. A word longer than a line gets a line of its own, unbroken.
     */
    static String wrap(String text, String first, String rest, int width) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : text.strip().split(" +")) {
            if (!empty && line.length() + 1 + word.length() > width) {
                out.append(line.toString().stripTrailing()).append('\n');
                line.setLength(0);
                line.append(rest);
                empty = true;
            }
            line.append(empty ? "" : " ").append(word);
            empty = false;
        }
        out.append(line.toString().stripTrailing()).append('\n');
        return out.toString();
    }

    private static String[] rendered(String[] lines) {
        String[] out = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            out[i] = text(lines[i]).strip();
        }
        return out;
    }

    /** picocli's format specifiers in help text: {@code %n} is a line break, {@code %%} a percent sign. */
    private static String text(String raw) {
        return raw == null ? "" : raw.replace("%n", "\n").replace("%%", "%");
    }
}
