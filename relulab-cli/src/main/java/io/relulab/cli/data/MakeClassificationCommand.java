package io.relulab.cli.data;

import io.relulab.data.synthetic.AffineTerm;
import io.relulab.data.synthetic.MakeClassification;
import io.relulab.data.synthetic.ProductOrder;
import io.relulab.random.NumpyRandom;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code relulab data make-classification}: scikit-learn's make_classification as CSV. */
@Command(
        name = "make-classification",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "scikit-learn 1.2.1's make_classification, bit for bit: writes CSV with header x0,...,x{n-1},y.",
            "Options are scikit-learn's parameters in kebab case; defaults are scikit-learn's."
        },
        footer = {
            "",
            "Examples:",
            "  # the reference notebook's data",
            "  relulab data make-classification --n-samples 2000 --n-features 20 --n-informative 15 \\",
            "      --n-redundant 5 --n-classes 2 --flip-y 0.1 --random-state 42 --out /tmp/d.csv",
            "  # imbalanced, random shift and scale, no shuffling",
            "  relulab data make-classification --weights 0.9 --shift random --scale random --no-shuffle \\",
            "      --random-state 7 --out imbalanced.csv",
        })
public final class MakeClassificationCommand implements Runnable {

    /**
     * {@code --product-order}'s default, {@link ProductOrder#DEFAULT} by its {@link #orderName}: a help variable that
     * {@code io.relulab.cli.OptionDefaults} fills in.
     */
    public static final String DEFAULT_PRODUCT_ORDER = "${bundle:relulab.default.product_order}";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--n-samples", paramLabel = "N", defaultValue = "" + MakeClassification.DEFAULT_SAMPLES, description = "Rows (default ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--n-features", paramLabel = "N", defaultValue = "" + MakeClassification.DEFAULT_FEATURES, description = "Features (default ${DEFAULT-VALUE}).")
    int features;

    @Option(names = "--n-informative", paramLabel = "N", defaultValue = "" + MakeClassification.DEFAULT_INFORMATIVE, description = "Informative features (default ${DEFAULT-VALUE}).")
    int informative;

    @Option(names = "--n-redundant", paramLabel = "N", defaultValue = "" + MakeClassification.DEFAULT_REDUNDANT, description = "Linear combinations of the informative features (default ${DEFAULT-VALUE}).")
    int redundant;

    @Option(names = "--n-repeated", paramLabel = "N", defaultValue = "" + MakeClassification.DEFAULT_REPEATED, description = "Copies of informative/redundant features (default ${DEFAULT-VALUE}).")
    int repeated;

    @Option(names = "--n-classes", paramLabel = "N", defaultValue = "" + MakeClassification.DEFAULT_CLASSES, description = "Classes (default ${DEFAULT-VALUE}).")
    int classes;

    @Option(names = "--n-clusters-per-class", paramLabel = "N", defaultValue = "" + MakeClassification.DEFAULT_CLUSTERS_PER_CLASS, description = "Clusters per class (default ${DEFAULT-VALUE}).")
    int clustersPerClass;

    @Option(names = "--weights", paramLabel = "W,...", split = ",",
            description = "Class proportions, n_classes or n_classes-1 values (default: balanced).")
    double[] weights;

    @Option(names = "--flip-y", paramLabel = "F", defaultValue = "" + MakeClassification.DEFAULT_FLIP_Y, description = "Fraction of labels re-drawn at random (default ${DEFAULT-VALUE}).")
    double flipY;

    @Option(names = "--class-sep", paramLabel = "X", defaultValue = "" + MakeClassification.DEFAULT_CLASS_SEP, description = "Half the hypercube side (default ${DEFAULT-VALUE}).")
    double classSep;

    @Option(names = "--hypercube", negatable = true, defaultValue = "" + MakeClassification.DEFAULT_HYPERCUBE, fallbackValue = "true",
            description = "Put cluster centres on hypercube vertices (default: ${DEFAULT-VALUE}); --no-hypercube: on a random polytope.")
    boolean hypercube;

    @Option(names = "--shift", paramLabel = "X|X,...|random", defaultValue = "" + MakeClassification.DEFAULT_SHIFT,
            description = "Added to every feature: a number, one per feature, or 'random' for scikit-learn's None (default ${DEFAULT-VALUE}).")
    String shift;

    @Option(names = "--scale", paramLabel = "X|X,...|random", defaultValue = "" + MakeClassification.DEFAULT_SCALE,
            description = "Multiplies every feature after the shift: a number, one per feature, or 'random' (default ${DEFAULT-VALUE}).")
    String scale;

    @Option(names = "--shuffle", negatable = true, defaultValue = "" + MakeClassification.DEFAULT_SHUFFLE, fallbackValue = "true",
            description = "Shuffle rows and columns (default: ${DEFAULT-VALUE}); --no-shuffle keeps scikit-learn's generation order.")
    boolean shuffle;

    @CommandLine.Mixin
    RandomStateOption randomState;

    @Option(names = "--product-order", paramLabel = "ORDER", defaultValue = DEFAULT_PRODUCT_ORDER,
            description = "Summation order of the matrix products: fma-chain (exact for the notebook on any"
                    + " FMA machine), openblas-skylakex, openblas-haswell or naive (default: ${DEFAULT-VALUE}). See docs/specs/sklearn-compat.md §6.")
    String productOrder;

    @CommandLine.Mixin
    DatasetOutput output;

    @Override
    public void run() {
        MakeClassification parameters = MakeClassification.builder()
                .samples(samples).features(features).informative(informative).redundant(redundant).repeated(repeated)
                .classes(classes).clustersPerClass(clustersPerClass).weights(weights).flipY(flipY).classSep(classSep)
                .hypercube(hypercube).shift(AffineTerm.parse("--shift", shift)).scale(AffineTerm.parse("--scale", scale))
                .shuffle(shuffle).build();
        output.write(parameters.generate(new NumpyRandom(randomState.seed()), parseOrder(productOrder)), spec.commandLine());
    }

    /** The option's name of an order: {@code FMA_CHAIN} → {@code fma-chain}. */
    public static String orderName(ProductOrder order) {
        return order.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ProductOrder parseOrder(String text) {
        try {
            return ProductOrder.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--product-order: '" + text
                    + "' is not one of fma-chain, openblas-skylakex, openblas-haswell, naive");
        }
    }
}
