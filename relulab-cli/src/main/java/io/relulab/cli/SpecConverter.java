package io.relulab.cli;

import java.util.function.Function;
import picocli.CommandLine;

/**
 * A picocli converter built from a spec parser (activation, optimizer, initializer): the parser's one-line
 * {@link IllegalArgumentException} becomes picocli's {@link CommandLine.TypeConversionException}, which the parameter
 * exception handler prints as {@code relulab <cmd>: Invalid value for option '--x': <message>} with exit code 2.
 *
 * @param <T> the parsed type
 */
abstract class SpecConverter<T> implements CommandLine.ITypeConverter<T> {

    private final Function<String, T> parser;

    SpecConverter(Function<String, T> parser) {
        this.parser = parser;
    }

    @Override
    public final T convert(String value) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
