package io.relulab.nn;

import java.util.List;
import java.util.Optional;

/**
 * THE registry of initializers: every scheme without parameters, once, as the instance its spec names, in the
 * order help texts list them (the Keras default first), plus the one parametric scheme {@link Constant}
 * ({@value #CONSTANT_SYNTAX}). Adding a scheme means writing its record and listing it here; the command line's
 * parser ({@code io.relulab.cli.InitializerSpecs}) reads this list.
 */
public final class Initializers {

    /** The schemes without parameters (stateless records, so one instance each serves everywhere). */
    public static final List<Initializer> WITHOUT_PARAMETERS = List.of(
            new GlorotUniform(), new GlorotNormal(), new HeNormal(), new HeUniform(), new LecunNormal(), new Rai(), new Zeros());

    /** The name of {@link Constant} at the start of its spec. */
    public static final String CONSTANT_NAME = "constant";
    /** The syntax of {@link Constant}'s spec. */
    public static final String CONSTANT_SYNTAX = CONSTANT_NAME + ":VALUE";

    private Initializers() {
    }

    /** The scheme without parameters whose spec is {@code spec} (lower case), if any. */
    public static Optional<Initializer> withoutParameters(String spec) {
        return WITHOUT_PARAMETERS.stream().filter(initializer -> initializer.spec().equals(spec)).findFirst();
    }
}
