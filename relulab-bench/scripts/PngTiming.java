import io.relulab.activation.Activation;
import io.relulab.activation.Elu;
import io.relulab.activation.LeakyRelu;
import io.relulab.activation.PRelu;
import io.relulab.activation.Relu;
import io.relulab.experiment.DyingProgression;
import io.relulab.report.StudyFigures;
import io.relulab.report.chart.ChartWriter;
import io.relulab.report.chart.PngEncoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Times the PNG encoding of the study's figure 1 (2000 × 1680 pixels) by ImageIO (what the report used before) and
 * by {@link PngEncoder}, alternately in one fresh JVM, and checks that the encoder's file decodes to the rendered
 * pixels. Single-file program, run against a built jar:
 * {@code java -Djava.awt.headless=true -cp relulab-cli/target/relulab.jar relulab-bench/scripts/PngTiming.java 5}.
 */
public class PngTiming {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Activation> activations = List.of(new Relu(), new LeakyRelu(0.1), new PRelu(0.2), new Elu(1.0));
        List<DyingProgression> progressions = List.of(new DyingProgression("toy", 100, new double[10]));
        BufferedImage image = new ChartWriter().png(StudyFigures.activations(activations, progressions));
        for (int round = 1; round <= rounds; round++) {
            ByteArrayOutputStream byImageIo = new ByteArrayOutputStream();
            long start = System.nanoTime();
            ImageIO.write(image, "png", byImageIo);
            long middle = System.nanoTime();
            ByteArrayOutputStream byEncoder = new ByteArrayOutputStream();
            PngEncoder.write(image, byEncoder);
            long end = System.nanoTime();
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(byEncoder.toByteArray()));
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if ((decoded.getRGB(x, y) & 0xFFFFFF) != (image.getRGB(x, y) & 0xFFFFFF)) {
                        throw new AssertionError("pixel (" + x + ", " + y + ") differs after decoding");
                    }
                }
            }
            System.out.printf("round %d: ImageIO %.0f ms (%d bytes), PngEncoder %.0f ms (%d bytes), same pixels%n", round,
                    (middle - start) / 1e6, byImageIo.size(), (end - middle) / 1e6, byEncoder.size());
        }
    }
}
