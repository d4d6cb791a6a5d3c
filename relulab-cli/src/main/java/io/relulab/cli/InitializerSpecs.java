package io.relulab.cli;

import io.relulab.nn.Constant;
import io.relulab.nn.GlorotNormal;
import io.relulab.nn.GlorotUniform;
import io.relulab.nn.HeNormal;
import io.relulab.nn.HeUniform;
import io.relulab.nn.Initializer;
import io.relulab.nn.LecunNormal;
import io.relulab.nn.Rai;
import io.relulab.nn.Zeros;
import java.util.List;
import java.util.Locale;

/**
 * The initializer spec parser: {@code glorot_uniform}, {@code glorot_normal}, {@code he_normal},
 * {@code he_uniform}, {@code lecun_normal}, {@code rai}, {@code zeros}, {@code constant:VALUE}
 * (case-insensitive). {@link Initializer#spec()} gives back a spec this parser turns into an equal initializer.
 */
public final class InitializerSpecs {

    /** The names, in help order. */
    public static final List<String> NAMES = List.of(GlorotUniform.SPEC, GlorotNormal.SPEC, HeNormal.SPEC, HeUniform.SPEC,
            LecunNormal.SPEC, Rai.SPEC, Zeros.SPEC, "constant:VALUE");

    private InitializerSpecs() {
    }

    /** Parses one spec. */
    public static Initializer parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty initializer spec; expected one of: " + String.join(", ", NAMES));
        }
        String text = spec.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("constant:")) {
            String value = text.substring("constant:".length()).strip();
            try {
                return new Constant(Double.parseDouble(value));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("initializer '" + text + "': constant value must be a number, got '" + value + "'");
            }
        }
        return switch (lower) {
            case GlorotUniform.SPEC -> new GlorotUniform();
            case GlorotNormal.SPEC -> new GlorotNormal();
            case HeNormal.SPEC -> new HeNormal();
            case HeUniform.SPEC -> new HeUniform();
            case LecunNormal.SPEC -> new LecunNormal();
            case Rai.SPEC -> new Rai();
            case Zeros.SPEC -> new Zeros();
            default -> throw new IllegalArgumentException("unknown initializer '" + text + "'; expected one of: " + String.join(", ", NAMES));
        };
    }

    /** picocli converter for {@code Initializer} options. */
    public static final class Converter extends SpecConverter<Initializer> {
        /** Converts with {@link #parse(String)}. */
        public Converter() {
            super(InitializerSpecs::parse);
        }
    }
}
