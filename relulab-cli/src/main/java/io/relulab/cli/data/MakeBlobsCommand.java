package io.relulab.cli.data;

import io.relulab.data.synthetic.MakeBlobs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code relulab data make-blobs}. */
@Command(
        name = "make-blobs",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "scikit-learn 1.2.1's make_blobs: isotropic Gaussian blobs, CSV x0,...,y.",
        footer = {
            "",
            "Examples:",
            "  relulab data make-blobs --n-samples 300 --n-features 2 --centers 3 --random-state 0 --out blobs.csv",
            "  relulab data make-blobs --n-samples 50,100 --centers '0,0;5,5' --cluster-std 0.5,2 --random-state 1",
        })
public final class MakeBlobsCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--n-samples", paramLabel = "N|N,N,...", defaultValue = "" + MakeBlobs.DEFAULT_SAMPLES,
            description = "Total samples spread evenly, or one count per center (default ${DEFAULT-VALUE}).")
    String samples;

    @Option(names = "--n-features", paramLabel = "N", defaultValue = "" + MakeBlobs.DEFAULT_FEATURES,
            description = "Features when centers are drawn (default ${DEFAULT-VALUE}).")
    int features;

    @Option(names = "--centers", paramLabel = "K|X,Y;X,Y...",
            description = "Number of centers to draw (default " + MakeBlobs.DEFAULT_CENTER_COUNT + "), or fixed centers separated by ';'.")
    String centers;

    @Option(names = "--cluster-std", paramLabel = "SD|SD,...", defaultValue = "" + MakeBlobs.DEFAULT_CLUSTER_STD,
            description = "One standard deviation, or one per center (default ${DEFAULT-VALUE}).")
    String clusterStd;

    @Option(names = "--center-box", paramLabel = "LOW,HIGH", defaultValue = MakeBlobs.DEFAULT_CENTER_BOX_LOW + "," + MakeBlobs.DEFAULT_CENTER_BOX_HIGH,
            description = "Box the drawn centers are uniform in (default ${DEFAULT-VALUE}).")
    String centerBox;

    @Option(names = "--shuffle", negatable = true, defaultValue = "" + MakeBlobs.DEFAULT_SHUFFLE, fallbackValue = "true",
            description = "Shuffle the rows (default: ${DEFAULT-VALUE}).")
    boolean shuffle;

    @CommandLine.Mixin
    RandomStateOption randomState;

    @CommandLine.Mixin
    DatasetOutput output;

    @Override
    public void run() {
        MakeBlobs.Builder builder = MakeBlobs.builder().features(features).shuffle(shuffle);
        int[] counts = Numbers.ints("--n-samples", samples);
        if (counts.length == 1 && !samples.contains(",")) {
            builder.samples(counts[0]);
        } else {
            builder.samplesPerCenter(counts);
        }
        if (centers != null) {
            if (centers.contains(",") || centers.contains(";")) {
                String[] points = centers.split(";", -1);
                double[][] fixed = new double[points.length][];
                for (int i = 0; i < points.length; i++) {
                    fixed[i] = Numbers.doubles("--centers", points[i]);
                }
                builder.centers(fixed);
            } else {
                builder.centers(Numbers.ints("--centers", centers)[0]);
            }
        }
        double[] std = Numbers.doubles("--cluster-std", clusterStd);
        if (std.length == 1 && !clusterStd.contains(",")) {
            builder.clusterStd(std[0]);
        } else {
            builder.clusterStd(std);
        }
        double[] box = Numbers.doubles("--center-box", centerBox);
        if (box.length != 2) {
            throw new IllegalArgumentException("--center-box: '" + centerBox + "' must be LOW,HIGH");
        }
        builder.centerBox(box[0], box[1]);
        output.write(builder.build().generate(randomState.seed()), spec.commandLine());
    }
}
