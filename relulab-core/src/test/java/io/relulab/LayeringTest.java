package io.relulab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Enforces docs/ARCHITECTURE.md §2 on the main sources of every module of the build (the modules are read from the root
 * POM's {@code <module>} lists, so a new module is covered as soon as it is added):
 * <ul>
 *   <li>a module refers only to its own packages and to those of the modules it may depend on
 *       ({@link #MODULE_DEPENDENCIES}; a module missing from that table is itself a violation);</li>
 *   <li>inside relulab-core, each package refers only to packages listed before it ({@link #LAYERS}); the root
 *       package, which holds only the version, is below them all.</li>
 * </ul>
 * A reference is any {@code io.relulab.…} name in code: single-type, static and wildcard imports and
 * fully-qualified names in declarations and expressions. Comments (Javadoc included), string and character
 * literals and text blocks are blanked out first, so prose that mentions a higher layer is not a dependency.
 */
class LayeringTest {

    /** Lowest first, as in docs/ARCHITECTURE.md §2. */
    static final List<String> LAYERS = List.of(
            "math", "random", "stats", "activation", "nn", "loss", "optim",
            "data", "data.synthetic", "train", "diagnostics", "simulation", "experiment", "sweep");

    /** docs/ARCHITECTURE.md §2's "may depend on" column, for the relulab modules (artifact ids). */
    static final Map<String, Set<String>> MODULE_DEPENDENCIES = Map.of(
            "relulab-core", Set.of(),
            "relulab-report", Set.of("relulab-core"),
            "relulab-cli", Set.of("relulab-core", "relulab-report", "relulab-onnx"),
            "relulab-onnx", Set.of("relulab-core"),
            "relulab-spark", Set.of("relulab-core", "relulab-report"),
            "relulab-bench", Set.of("relulab-core"));

    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+io\\.relulab((?:\\.[a-z][a-z0-9_]*)*)\\s*;",
            Pattern.MULTILINE);
    /** io.relulab, then lower-case segments (the package), ending before a type name, a wildcard or a semicolon. */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![\\w.])io\\s*\\.\\s*relulab((?:\\s*\\.\\s*[a-z][a-z0-9_]*)*)(?=\\s*\\.\\s*[A-Z*]|\\s*;)");

    /** A module of the build: its directory name and its Java main sources. */
    record Module(String name, Path mainSources) {
    }

    @Test
    void everyModuleOfTheBuildIsScannedAndListedInTheDependencyTable() {
        List<Module> modules = modules();
        assertThat(modules).extracting(Module::name).contains("relulab-core", "relulab-report", "relulab-cli", "relulab-bench");
        assertThat(modules).extracting(Module::name).allSatisfy(name -> assertThat(MODULE_DEPENDENCIES)
                .as("module %s must be added to LayeringTest.MODULE_DEPENDENCIES (docs/ARCHITECTURE.md §2)", name).containsKey(name));
    }

    @Test
    void everyModuleRefersOnlyToItselfAndTheModulesItMayDependOn() throws IOException {
        List<Module> modules = modules();
        Map<String, String> moduleOfPackage = new LinkedHashMap<>();
        Map<Path, String> packageOfFile = new LinkedHashMap<>();
        for (Module module : modules) {
            for (Path file : javaFiles(module.mainSources())) {
                String pkg = packageOf(Files.readString(file)).orElseThrow(() -> new AssertionError(file + " is not in io.relulab"));
                packageOfFile.put(file, pkg);
                String other = moduleOfPackage.putIfAbsent(pkg, module.name());
                assertThat(other == null || other.equals(module.name())).as("package io.relulab.%s split between %s and %s",
                        pkg, other, module.name()).isTrue();
            }
        }
        List<String> violations = new ArrayList<>();
        for (Module module : modules) {
            Set<String> allowed = new LinkedHashSet<>(MODULE_DEPENDENCIES.getOrDefault(module.name(), Set.of()));
            allowed.add(module.name());
            for (Path file : javaFiles(module.mainSources())) {
                for (String target : references(Files.readString(file))) {
                    String owner = moduleOfPackage.get(target);
                    if (owner == null) {
                        violations.add(file + " refers to io.relulab." + target + ", a package of no module");
                    } else if (!allowed.contains(owner)) {
                        violations.add(file + " (" + module.name() + ") refers to io.relulab." + target + " of " + owner);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyCorePackageRefersOnlyToLowerLayers() throws IOException {
        Module core = modules().stream().filter(m -> m.name().equals("relulab-core")).findFirst().orElseThrow();
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles(core.mainSources())) {
            String text = Files.readString(file);
            String pkg = packageOf(text).orElseThrow();
            int own = layerOf(pkg);
            if (pkg.isEmpty()) {
                continue; // the root package holds only version information
            }
            assertThat(own).as("layer of package io.relulab.%s in %s (add it to LAYERS)", pkg, file).isGreaterThanOrEqualTo(0);
            for (String target : references(text)) {
                if (layerOf(target) > own) {
                    violations.add(file + " refers to io.relulab." + target);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void scanRecognisesImportsWildcardsAndFullyQualifiedNames() {
        assertThat(references("import io.relulab.train.Trainer;")).containsExactly("train");
        assertThat(references("import static io.relulab.report.Html.escape;")).containsExactly("report");
        assertThat(references("import io.relulab.data.synthetic.*;")).containsExactly("data.synthetic");
        assertThat(references("import static io.relulab.math.MatrixKernels.*;")).containsExactly("math");
        assertThat(references("private final List<io.relulab.nn.Parameter> p = io.relulab.experiment.StudySpec.notebook();"))
                .containsExactly("nn", "experiment");
        assertThat(references("import io.relulab.ReluLabVersion;")).containsExactly("");
        assertThat(references("package io.relulab.nn;\nimport io.relulab.math.Matrix;")).containsExactly("math");
        assertThat(layerOf("train")).isGreaterThan(layerOf("nn"));
        assertThat(layerOf("data.synthetic")).isGreaterThan(layerOf("data"));
    }

    @Test
    void scanIgnoresCommentsAndLiterals() {
        String text = """
                /** Parsed by {@link io.relulab.cli.ActivationSpecs}. */
                // see io.relulab.report.Html
                /* io.relulab.train.Trainer */
                class X {
                    String a = "io.relulab.experiment.StudySpec";
                    char c = '"';
                    String b = \"""
                        io.relulab.cli.ReluLab
                        \""";
                    io.relulab.nn.Dense d;
                }
                """;
        assertThat(references(text)).containsExactly("nn");
    }

    /** The package (relative to io.relulab, "" for the root) of every io.relulab reference in the code of {@code java}. */
    static List<String> references(String java) {
        String code = PACKAGE.matcher(codeOnly(java)).replaceFirst("");
        Matcher matcher = REFERENCE.matcher(code);
        List<String> targets = new ArrayList<>();
        while (matcher.find()) {
            targets.add(matcher.group(1).replaceAll("\\s", "").replaceFirst("^\\.", ""));
        }
        return targets;
    }

    /**
     * {@code java} with every comment, string literal, text block and character literal replaced by blanks
     * (line breaks kept), so that only code remains.
     */
    static String codeOnly(String java) {
        StringBuilder code = new StringBuilder(java.length());
        int i = 0;
        int n = java.length();
        while (i < n) {
            char c = java.charAt(i);
            if (java.startsWith("//", i)) {
                int end = java.indexOf('\n', i);
                i = blank(java, code, i, end < 0 ? n : end);
            } else if (java.startsWith("/*", i)) {
                int end = java.indexOf("*/", i + 2);
                i = blank(java, code, i, end < 0 ? n : end + 2);
            } else if (java.startsWith("\"\"\"", i)) {
                int end = java.indexOf("\"\"\"", i + 3);
                while (end > 0 && java.charAt(end - 1) == '\\') {
                    end = java.indexOf("\"\"\"", end + 1);
                }
                i = blank(java, code, i, end < 0 ? n : end + 3);
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && java.charAt(end) != c && java.charAt(end) != '\n') {
                    end += java.charAt(end) == '\\' ? 2 : 1;
                }
                i = blank(java, code, i, Math.min(n, end + 1));
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    private static int blank(String java, StringBuilder code, int from, int to) {
        for (int i = from; i < to; i++) {
            code.append(java.charAt(i) == '\n' ? '\n' : ' ');
        }
        return to;
    }

    private static Optional<String> packageOf(String java) {
        Matcher pkg = PACKAGE.matcher(codeOnly(java));
        return pkg.find() ? Optional.of(pkg.group(1).replaceFirst("^\\.", "")) : Optional.empty();
    }

    /** The modules of the build: the root POM's modules, and theirs in turn, that have Java main sources. */
    static List<Module> modules() {
        Path root = buildRoot();
        List<Module> modules = new ArrayList<>();
        collectModules(root, modules);
        return modules;
    }

    private static void collectModules(Path folder, List<Module> modules) {
        String pom = read(folder.resolve("pom.xml"));
        Matcher module = MODULE.matcher(pom);
        while (module.find()) {
            Path child = folder.resolve(module.group(1)).normalize();
            Path sources = child.resolve("src/main/java");
            if (Files.isDirectory(sources)) {
                modules.add(new Module(child.getFileName().toString(), sources));
            }
            if (Files.isRegularFile(child.resolve("pom.xml"))) {
                collectModules(child, modules);
            }
        }
    }

    /** The nearest folder at or above the working directory whose POM lists modules. */
    private static Path buildRoot() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path pom = folder.resolve("pom.xml");
            if (Files.isRegularFile(pom) && MODULE.matcher(read(pom)).find()) {
                return folder;
            }
        }
        throw new AssertionError("no aggregating pom.xml above " + Path.of("").toAbsolutePath());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static int layerOf(String pkg) {
        // the longest listed prefix wins, so data.synthetic is not mistaken for data
        if (pkg.isEmpty()) {
            return -1; // the root package (the version) is below every layer
        }
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
