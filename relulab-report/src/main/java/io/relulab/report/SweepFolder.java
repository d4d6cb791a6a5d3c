package io.relulab.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sweep's output folder, held for one run: the output-folder lock every command uses ({@link OutputFolder#lock},
 * so two runs never append to the same sweep at once) and {@code DIR/sweep.json}, the settings every trial shares. A folder
 * whose recorded settings differ from this run's is refused — its trials measured something else — with a one-line
 * message naming the first setting that differs.
 */
public final class SweepFolder implements Closeable {

    /** The settings file's name. */
    public static final String SETTINGS_FILE = "sweep.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final OutputFolder folder;

    private SweepFolder(OutputFolder folder) {
        this.folder = folder;
    }

    /**
     * Locks {@code out} and checks or records its settings.
     *
     * @throws IllegalArgumentException if another run holds the folder or its settings differ
     */
    public static SweepFolder open(Path out, Map<String, String> settings) throws IOException {
        SweepFolder held = new SweepFolder(OutputFolder.lock(out));
        try {
            held.checkSettings(out, settings);
        } catch (RuntimeException | IOException e) {
            held.close();
            throw e;
        }
        return held;
    }

    private void checkSettings(Path out, Map<String, String> settings) throws IOException {
        Path file = out.resolve(SETTINGS_FILE);
        if (!Files.exists(file)) {
            AtomicFiles.write(file, stream -> MAPPER.writeValue(stream, Map.of("settings", settings)));
            return;
        }
        JsonNode recorded;
        try {
            recorded = MAPPER.readTree(file.toFile()).get("settings");
        } catch (IOException e) {
            throw new IllegalArgumentException("sweep folder " + out + ": " + SETTINGS_FILE + " is not readable JSON; "
                    + "use another --out");
        }
        if (recorded == null || !recorded.isObject()) {
            throw new IllegalArgumentException("sweep folder " + out + ": " + SETTINGS_FILE + " has no \"settings\"; use another --out");
        }
        Map<String, String> previous = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = recorded.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            previous.put(entry.getKey(), entry.getValue().asText());
        }
        for (String name : union(previous, settings)) {
            String before = previous.get(name);
            String now = settings.get(name);
            if (before == null && name.equals("trial_key")) {
                throw new IllegalArgumentException("sweep folder " + out + " was written by an older relulab whose trial keys had no "
                        + "hidden layers or epochs (their trials drew other random numbers); use another --out");
            }
            if (before == null || !before.equals(now)) {
                throw new IllegalArgumentException("sweep folder " + out + " holds trials with " + name + " = " + before
                        + ", this run has " + name + " = " + now + "; use another --out (or the same settings to resume)");
            }
        }
    }

    private static java.util.Set<String> union(Map<String, String> a, Map<String, String> b) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>(a.keySet());
        names.addAll(b.keySet());
        return names;
    }

    /** The folder's lock, staging and publishing (see {@link OutputFolder}). */
    public OutputFolder outputFolder() {
        return folder;
    }

    @Override
    public void close() {
        folder.close();
    }
}
