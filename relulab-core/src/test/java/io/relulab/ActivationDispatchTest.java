package io.relulab;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.activation.ActivationType;
import io.relulab.activation.Activations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One registry per concept: no code outside the activation records asks which activation it holds. Every main and
 * test source of every module ({@link LayeringTest#modules()}) is scanned, comments and literals blanked out, for
 * {@code instanceof} tests, pattern-matching {@code case}s and class-literal comparisons against a registered
 * activation record; the activation package's own main sources are exempt (a record may know itself).
 */
class ActivationDispatchTest {

    @Test
    void noSourceOutsideTheActivationRecordsDispatchesOnAnActivationType() throws IOException {
        Pattern dispatch = dispatchPattern();
        List<String> found = new ArrayList<>();
        for (LayeringTest.Module module : LayeringTest.modules()) {
            Path src = module.mainSources().getParent().getParent();
            for (Path file : javaFiles(src)) {
                boolean exempt = file.startsWith(src.resolve("main/java/io/relulab/activation"));
                Matcher matcher = dispatch.matcher(LayeringTest.codeOnly(Files.readString(file)));
                while (!exempt && matcher.find()) {
                    found.add(file + ": " + matcher.group().strip());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theScanRecognisesDispatch() {
        Pattern dispatch = dispatchPattern();
        assertThat(dispatch.matcher("if (a instanceof LeakyRelu leaky)").find()).isTrue();
        assertThat(dispatch.matcher("case Softplus s ->").find()).isTrue();
        assertThat(dispatch.matcher("a.getClass() == Elu.class").find()).isTrue();
        assertThat(dispatch.matcher("a instanceof io.relulab.activation.Relu").find()).isTrue();
        assertThat(dispatch.matcher("l instanceof PReluLayer").find()).isFalse();
        assertThat(dispatch.matcher("case Relu.NAME ->").find()).isFalse();
    }

    private static Pattern dispatchPattern() {
        String names = Activations.TYPES.stream().map(ActivationType::activationClass).map(Class::getSimpleName).distinct()
                .collect(Collectors.joining("|"));
        String type = "(?:[a-z][\\w]*\\.)*(?:" + names + ")";
        return Pattern.compile("instanceof\\s+" + type + "\\b|\\bcase\\s+" + type + "\\s+\\w+\\s*(?:->|:)"
                + "|(?<![\\w.])" + type + "\\.class\\s*(?:==|\\.equals|\\.isInstance)|==\\s*" + type + "\\.class");
    }

    private static List<Path> javaFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
