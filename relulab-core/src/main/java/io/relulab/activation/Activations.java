package io.relulab.activation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * THE registry of activations: every {@link ActivationType}, once, in the order help texts and tables list
 * them (rectifier family first). Adding an activation means writing its record, with its {@code TYPE}, and
 * listing that type here; the command line's spec parser and syntax summary, the report's labels and the
 * conformance tests read this list. Turning spec strings into activations is the command line's job
 * ({@code io.relulab.cli.ActivationSpecs}); this class gives it the vocabulary.
 */
public final class Activations {

    /** Every registered type, rectifier family first. */
    public static final List<ActivationType<?>> TYPES = List.of(
            Relu.TYPE, LeakyRelu.TYPE, PRelu.TYPE, Rrelu.TYPE, Relu6.TYPE,
            Elu.TYPE, Selu.TYPE, Celu.TYPE,
            Gelu.TYPE, Swish.SILU_TYPE, Swish.TYPE, Mish.TYPE, Softplus.TYPE, Hardswish.TYPE,
            Sigmoid.TYPE, Tanh.TYPE, Identity.TYPE);

    /** Every canonical name, in {@link #TYPES} order. */
    public static final List<String> NAMES = TYPES.stream().map(ActivationType::name).toList();

    private static final Map<String, ActivationType<?>> BY_NAME = TYPES.stream()
            .collect(Collectors.toUnmodifiableMap(ActivationType::name, Function.identity()));

    private Activations() {
    }

    /** The type named {@code name} (lower case, as in spec strings), if any. */
    public static Optional<ActivationType<?>> type(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /**
     * The registered type of {@code activation}, found by the name its {@link Activation#spec()} starts with.
     *
     * @throws IllegalArgumentException for an activation that is not registered here (e.g. one defined outside
     *     this library), naming its spec
     */
    public static ActivationType<?> typeOf(Activation activation) {
        String name = ActivationType.nameOf(activation.spec());
        ActivationType<?> type = BY_NAME.get(name);
        if (type == null || !type.describes(activation)) {
            throw new IllegalArgumentException("activation " + activation.spec() + " (" + activation.getClass().getName()
                    + ") is not registered in io.relulab.activation.Activations; registered names: " + String.join(", ", NAMES));
        }
        return type;
    }

    /** The names of the types whose units can be dead with their default parameters ({@link ActivationType#canDieByDefault()}). */
    public static List<String> namesThatCanDie() {
        return TYPES.stream().filter(ActivationType::canDieByDefault).map(ActivationType::name).toList();
    }

    /** The names of the types whose units can be dead only with every parameter 0 ({@link ActivationType#canDieOnlyAtZero()}). */
    public static List<String> namesThatCanDieAtZero() {
        return TYPES.stream().filter(ActivationType::canDieOnlyAtZero).map(ActivationType::name).toList();
    }

    /** The examples of every type ({@link ActivationType#examples()}), in {@link #TYPES} order: for tests, benchmarks and plots. */
    public static List<Activation> examples() {
        return TYPES.stream().<Activation>flatMap(type -> type.examples().stream()).toList();
    }
}
