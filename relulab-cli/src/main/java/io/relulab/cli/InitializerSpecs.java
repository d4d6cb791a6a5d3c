package io.relulab.cli;

import io.relulab.nn.Constant;
import io.relulab.nn.Initializer;
import io.relulab.nn.Initializers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The initializer spec parser: the names of the registry ({@link Initializers}) — {@code glorot_uniform},
 * {@code glorot_normal}, {@code he_normal}, {@code he_uniform}, {@code lecun_normal}, {@code rai}, {@code zeros} —
 * and {@code constant:VALUE} (case-insensitive). {@link Initializer#spec()} gives back a spec this parser turns into
 * an equal initializer.
 */
public final class InitializerSpecs {

    /** The names, in help order. */
    public static final List<String> NAMES = names();

    private static final String CONSTANT_PREFIX = Initializers.CONSTANT_NAME + ":";

    private InitializerSpecs() {
    }

    /** Parses one spec. */
    public static Initializer parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty initializer spec; expected one of: " + String.join(", ", NAMES));
        }
        String text = spec.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith(CONSTANT_PREFIX)) {
            String value = text.substring(CONSTANT_PREFIX.length()).strip();
            try {
                return new Constant(Double.parseDouble(value));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("initializer '" + text + "': constant value must be a number, got '" + value + "'");
            }
        }
        return Initializers.withoutParameters(lower).orElseThrow(() -> new IllegalArgumentException(
                "unknown initializer '" + text + "'; expected one of: " + String.join(", ", NAMES)));
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        Initializers.WITHOUT_PARAMETERS.forEach(initializer -> names.add(initializer.spec()));
        names.add(Initializers.CONSTANT_SYNTAX);
        return List.copyOf(names);
    }

    /** picocli converter for {@code Initializer} options. */
    public static final class Converter extends SpecConverter<Initializer> {
        /** Converts with {@link #parse(String)}. */
        public Converter() {
            super(InitializerSpecs::parse);
        }
    }
}
