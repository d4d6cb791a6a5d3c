package io.relulab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Enforces DESIGN.md §2: each package of relulab-core imports only packages listed before it.
 * A plain scan of the sources' import lines (fully qualified references are not used in this code base).
 */
class LayeringTest {

    /** Lowest first, as in DESIGN.md §2. */
    static final List<String> LAYERS = List.of(
            "math", "random", "stats", "activation", "nn", "loss", "optim",
            "data", "data.synthetic", "train", "diagnostics", "simulation", "experiment", "sweep");

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?io\\.relulab\\.([a-z.]+)\\.[A-Z]", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+io\\.relulab(?:\\.([a-z.]+))?;", Pattern.MULTILINE);

    @Test
    void everyPackageImportsOnlyLowerLayers() throws IOException {
        Path sources = Path.of("src/main/java");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String text = Files.readString(file);
                Matcher pkg = PACKAGE.matcher(text);
                if (!pkg.find() || pkg.group(1) == null) {
                    continue; // the root package holds only version information
                }
                int own = layerOf(pkg.group(1));
                assertThat(own).as("layer of package %s in %s", pkg.group(1), file).isGreaterThanOrEqualTo(0);
                Matcher imports = IMPORT.matcher(text);
                while (imports.find()) {
                    String target = imports.group(1);
                    int layer = layerOf(target);
                    if (layer > own) {
                        violations.add(file + " imports io.relulab." + target);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void scanRecognisesAnUpwardImport() {
        Matcher m = IMPORT.matcher("import io.relulab.train.Trainer;");
        assertThat(m.find()).isTrue();
        assertThat(layerOf(m.group(1))).isGreaterThan(layerOf("nn"));
    }

    private static int layerOf(String pkg) {
        // the longest listed prefix wins, so data.synthetic is not mistaken for data
        int best = -1;
        int bestLength = -1;
        for (int i = 0; i < LAYERS.size(); i++) {
            String layer = LAYERS.get(i);
            if ((pkg.equals(layer) || pkg.startsWith(layer + ".")) && layer.length() > bestLength) {
                best = i;
                bestLength = layer.length();
            }
        }
        return best;
    }
}
