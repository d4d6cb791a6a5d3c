import io.relulab.activation.Activation;
import io.relulab.activation.Elu;
import io.relulab.activation.LeakyRelu;
import io.relulab.activation.PRelu;
import io.relulab.activation.Relu;
import io.relulab.experiment.DyingProgression;
import io.relulab.report.StudyFigures;
import io.relulab.report.chart.ChartWriter;
import io.relulab.report.chart.Figure;
import java.util.Arrays;
import java.util.List;

/**
 * Times the SVG writer on figure 1 of the study in a fresh JVM: the first SVG (library start-up included), then
 * the median of the next ones. Single-file program, run against a built jar:
 * {@code java -Djava.awt.headless=true -cp relulab-cli/target/relulab.jar relulab-bench/scripts/SvgTiming.java 15}.
 */
public class SvgTiming {
    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        List<Activation> activations = List.of(new Relu(), new LeakyRelu(0.1), new PRelu(0.2), new Elu(1.0));
        double[] dead = new double[10];
        for (int i = 0; i < dead.length; i++) {
            dead[i] = 3 * i;
        }
        List<DyingProgression> progressions = List.of(new DyingProgression("toy", 100, dead));
        ChartWriter writer = new ChartWriter();
        Figure warmUpFigure = StudyFigures.activations(activations, progressions);
        writer.png(warmUpFigure); // Java2D and JFreeChart start-up, not the SVG writer's
        long start = System.nanoTime();
        int length = writer.svg(StudyFigures.activations(activations, progressions)).length();
        double first = (System.nanoTime() - start) / 1e6;
        double[] times = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            Figure figure = StudyFigures.activations(activations, progressions);
            long t = System.nanoTime();
            length = writer.svg(figure).length();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        System.out.printf("first SVG %.1f ms, then median %.1f ms (min %.1f) over %d, %d characters%n",
                first, times[repeats / 2], times[0], repeats, length);
    }
}
