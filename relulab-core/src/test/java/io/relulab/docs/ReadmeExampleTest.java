package io.relulab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java example compiles against this build of relulab-core and runs: the code block that follows
 * the marker {@code <!-- java example: CLASS -->} is compiled with the JDK's compiler on the test class path,
 * and its {@code main} is run.
 */
class ReadmeExampleTest {

    private static final Pattern EXAMPLE = Pattern.compile(
            "<!-- java example: (\\w+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theReadmeExampleCompilesAndReportsEveryHiddenLayer(@TempDir Path folder) throws Exception {
        Matcher matcher = EXAMPLE.matcher(RepositoryFiles.read(RepositoryFiles.root().resolve("README.md")));
        assertThat(matcher.find()).as("README.md has a marked Java example").isTrue();
        String className = matcher.group(1);
        Path source = folder.resolve(className + ".java");
        Files.writeString(source, matcher.group(2));

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = compiler.run(null, diagnostics, diagnostics, "-classpath", testClassPath(), "-d", folder.toString(),
                source.toString());
        assertThat(status).as("javac: %s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass(className).getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("layer1: \\d+ of 64 units dead, \\d+ saturated");
        assertThat(lines.get(1)).matches("layer2: \\d+ of 32 units dead, \\d+ saturated");
    }

    /** Surefire gives the test class path in its own property when it runs the tests from a manifest-only jar. */
    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
