package io.relulab.activation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything the rest of ReLU Lab needs to know about one kind of activation, registered once in
 * {@link Activations#TYPES}: its name in spec strings, its parameters (placeholders, defaults), how to build
 * one from parameter values, its display label, the points where its derivative jumps, and example instances.
 * The command line's spec parser and help, the report's labels and the conformance tests all read these; each
 * activation record declares its own as a {@code TYPE} constant, next to its formula.
 *
 * <p>Spec strings are {@code NAME} or {@code NAME:P1[,P2]}; {@link Activation#spec()} of every instance of this
 * type starts with {@link #name()}. Leaving out trailing parameters gives their defaults, unless the type is
 * {@link #allOrNone()} (RReLU's two bounds).
 *
 * @param <A> the record
 */
public final class ActivationType<A extends Activation> {

    private final String name;
    private final Class<A> activationClass;
    private final List<ActivationParameter> parameters;
    private final boolean allOrNone;
    private final Function<ParameterValues, A> factory;
    private final Function<A, String> label;
    private final Function<A, double[]> kinks;
    private final List<A> examples;

    private ActivationType(Builder<A> builder) {
        this.name = builder.name;
        this.activationClass = builder.activationClass;
        this.parameters = List.copyOf(builder.parameters);
        this.allOrNone = builder.allOrNone;
        this.factory = Objects.requireNonNull(builder.factory, "factory of " + name);
        this.label = Objects.requireNonNull(builder.label, "label of " + name);
        this.kinks = builder.kinks;
        this.examples = List.copyOf(builder.examples);
        if (examples.isEmpty()) {
            throw new IllegalArgumentException(name + ": give at least one example");
        }
        for (ActivationParameter parameter : parameters.subList(requiredCount(), parameters.size())) {
            if (parameter.required()) {
                throw new IllegalArgumentException(name + ": required parameters come first, " + parameter.name() + " does not");
            }
        }
    }

    /** Starts the type of {@code activationClass}, named {@code name} in spec strings. */
    public static <A extends Activation> Builder<A> builder(String name, Class<A> activationClass) {
        return new Builder<>(name, activationClass);
    }

    /** The name at the start of spec strings, e.g. {@code "leaky_relu"}. */
    public String name() {
        return name;
    }

    /** The record of this type. */
    public Class<A> activationClass() {
        return activationClass;
    }

    /** The parameters, in spec order. */
    public List<ActivationParameter> parameters() {
        return parameters;
    }

    /** Whether a spec gives either none or all of the parameters (never only the first ones). */
    public boolean allOrNone() {
        return allOrNone;
    }

    /** How many parameters every spec must give. */
    public int requiredCount() {
        int count = 0;
        while (count < parameters.size() && parameters.get(count).required()) {
            count++;
        }
        return count;
    }

    /** The parameters' syntax after the colon, e.g. {@code "BETA[,THRESHOLD]"} or {@code "LOWER,UPPER"}; empty if none. */
    public String parameterSyntax() {
        if (parameters.isEmpty()) {
            return "";
        }
        StringBuilder syntax = new StringBuilder();
        int optional = 0;
        for (int i = 0; i < parameters.size(); i++) {
            ActivationParameter parameter = parameters.get(i);
            boolean bracket = i > 0 && !parameter.required() && !allOrNone;
            syntax.append(bracket ? "[," : i > 0 ? "," : "").append(parameter.name());
            optional += bracket ? 1 : 0;
        }
        return syntax + "]".repeat(optional);
    }

    /** The whole syntax, e.g. {@code "relu"}, {@code "leaky_relu:SLOPE"}, {@code "softplus[:BETA[,THRESHOLD]]"}. */
    public String syntax() {
        if (parameters.isEmpty()) {
            return name;
        }
        return requiredCount() > 0 ? name + ":" + parameterSyntax() : name + "[:" + parameterSyntax() + "]";
    }

    /**
     * Builds an activation from the first {@code values.size()} parameter values — {@link Double}s for numbers,
     * words for word parameters — and the defaults of the rest. The record validates the values; a bad one gives
     * its one-line {@link IllegalArgumentException} with the parameter named as users name it, e.g.
     * {@code "leaky_relu slope must be in [0, 1), got 2.0"}.
     */
    public A create(List<?> values) {
        if (values.size() < requiredCount() || values.size() > parameters.size()
                || allOrNone && !values.isEmpty() && values.size() < parameters.size()) {
            throw new IllegalArgumentException(name + " takes the parameters " + syntax() + ", got " + values.size());
        }
        List<Object> all = new ArrayList<>(values);
        for (int i = values.size(); i < parameters.size(); i++) {
            all.add(parameters.get(i).defaultValue());
        }
        for (int i = 0; i < all.size(); i++) {
            ActivationParameter parameter = parameters.get(i);
            Object value = all.get(i);
            boolean fits = parameter.isNumber() ? value instanceof Double : parameter.words().contains(value);
            if (!fits) {
                throw new IllegalArgumentException(name + " " + parameter.description() + " must be "
                        + (parameter.isNumber() ? "a number" : String.join(" or ", parameter.words())) + ", got " + value);
            }
        }
        try {
            return factory.apply(new ParameterValues(all));
        } catch (IllegalArgumentException e) {
            throw withUserNames(e);
        }
    }

    /**
     * The record names its parameters as Java does ({@code negativeSlope must be in [0, 1), got 1.5}); whoever gave
     * parameter values reads the type's names ({@code leaky_relu slope must be in [0, 1), got 1.5}). The records'
     * components are the parameters in spec order.
     */
    private IllegalArgumentException withUserNames(IllegalArgumentException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        java.lang.reflect.RecordComponent[] components = activationClass.getRecordComponents();
        if (components != null && components.length == parameters.size()) {
            for (int i = 0; i < components.length; i++) {
                String recordName = components[i].getName();
                if (message.startsWith(recordName + " ")) {
                    return new IllegalArgumentException(name + " " + parameters.get(i).description()
                            + message.substring(recordName.length()), e);
                }
            }
        }
        return e;
    }

    /**
     * Whether a unit of this type with its default parameters (the first of {@link #examples()}) can be dead
     * ({@link Activation#canDie()}).
     */
    public boolean canDieByDefault() {
        return examples.get(0).canDie();
    }

    /**
     * Whether a unit of this type can be dead ({@link Activation#canDie()}) when every numeric parameter is 0 — e.g.
     * a Leaky ReLU of slope 0 — although not with its defaults; false when the type has no numeric parameter or does
     * not accept 0 for all of them.
     */
    public boolean canDieOnlyAtZero() {
        if (parameters.isEmpty() || !parameters.stream().allMatch(ActivationParameter::isNumber) || canDieByDefault()) {
            return false;
        }
        try {
            return create(Collections.nCopies(parameters.size(), 0.0)).canDie();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether {@code activation} is of this type: an instance of its record whose spec starts with this name. */
    public boolean describes(Activation activation) {
        return activationClass.isInstance(activation) && nameOf(activation.spec()).equals(name);
    }

    /** The display label of {@code activation} (of this type), e.g. {@code "Leaky ReLU (α=0.1)"}. */
    public String label(Activation activation) {
        return label.apply(cast(activation));
    }

    /**
     * The points where f′ of {@code activation} (of this type) is discontinuous — or f itself, for Softplus'
     * switch to the identity — in increasing order; empty for a smooth activation.
     */
    public double[] kinks(Activation activation) {
        return kinks.apply(cast(activation)).clone();
    }

    /**
     * Example instances: first the type's default (for a required parameter, the reference notebook's value),
     * then parameter values at the edges of their ranges; the conformance tests run on all of them.
     */
    public List<A> examples() {
        return examples;
    }

    private A cast(Activation activation) {
        if (!describes(activation)) {
            throw new IllegalArgumentException("activation " + activation.spec() + " is not of type " + name);
        }
        return activationClass.cast(activation);
    }

    /** The name at the start of a spec string: everything before the first colon. */
    public static String nameOf(String spec) {
        int colon = spec.indexOf(':');
        return colon < 0 ? spec : spec.substring(0, colon);
    }

    /** A parameter for a label: at most four significant digits, no trailing zeros (0.1 → "0.1", 1.0 → "1", 1/3 → "0.3333"). */
    public static String labelNumber(double value) {
        if (!Double.isFinite(value)) {
            return value > 0 ? "∞" : value < 0 ? "−∞" : "NaN";
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return syntax();
    }

    /**
     * The parameter values a {@link #create} call hands to the type's factory, defaults filled in.
     *
     * @param values one per parameter: {@link Double} or word
     */
    public record ParameterValues(List<Object> values) {

        /** The number at {@code index}. */
        public double number(int index) {
            return (Double) values.get(index);
        }

        /** The word at {@code index}. */
        public String word(int index) {
            return (String) values.get(index);
        }
    }

    /** Collects a type's parts; see {@link ActivationType}. */
    public static final class Builder<A extends Activation> {

        private static final double[] NO_KINKS = {};

        private final String name;
        private final Class<A> activationClass;
        private final List<ActivationParameter> parameters = new ArrayList<>();
        private boolean allOrNone;
        private Function<ParameterValues, A> factory;
        private Function<A, String> label;
        private Function<A, double[]> kinks = activation -> NO_KINKS;
        private final List<A> examples = new ArrayList<>();

        private Builder(String name, Class<A> activationClass) {
            this.name = Objects.requireNonNull(name, "name");
            this.activationClass = Objects.requireNonNull(activationClass, "activationClass");
        }

        /** Adds the next parameter. */
        public Builder<A> parameter(ActivationParameter parameter) {
            parameters.add(Objects.requireNonNull(parameter, "parameter"));
            return this;
        }

        /** Makes a spec give none or all of the parameters. */
        public Builder<A> allOrNone() {
            allOrNone = true;
            return this;
        }

        /** How to build an instance from parameter values (defaults filled in). */
        public Builder<A> factory(Function<ParameterValues, A> factory) {
            this.factory = factory;
            return this;
        }

        /** The display label of an instance. */
        public Builder<A> label(Function<A, String> label) {
            this.label = label;
            return this;
        }

        /** The same display label for every instance (a type without parameters). */
        public Builder<A> label(String label) {
            return label(activation -> label);
        }

        /** The kinks of an instance (default: none). */
        public Builder<A> kinks(Function<A, double[]> kinks) {
            this.kinks = Objects.requireNonNull(kinks, "kinks");
            return this;
        }

        /** The same kinks for every instance. */
        public Builder<A> kinks(double... kinks) {
            double[] copy = kinks.clone();
            return kinks(activation -> copy);
        }

        /** Example instances, the default first. */
        @SafeVarargs
        public final Builder<A> examples(A... examples) {
            this.examples.addAll(List.of(examples));
            return this;
        }

        /** The type. */
        public ActivationType<A> build() {
            return new ActivationType<>(this);
        }
    }
}
