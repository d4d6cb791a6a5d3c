package io.relulab.report;

import io.relulab.sweep.SweepTrialResult;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The durable record of a sweep's finished trials: JSON Lines files in {@code DIR/trials/}, one trial per line
 * ({@link SweepTrialJson}), appended and flushed as each trial finishes, so that a sweep killed after hours keeps
 * every trial it finished. Each run of a sweep appends to a new file {@code part-NNNNN.jsonl}, so no run rewrites
 * another's lines.
 *
 * <p>Reading ({@link #read}) takes every {@code *.jsonl} file in name order. A last line cut short by a kill is
 * not a trial and is skipped (and counted); a key that appears twice keeps its first line.
 */
public final class SweepTrialLog implements Closeable {

    /** The folder of trial files inside a sweep folder. */
    public static final String FOLDER = "trials";

    private final Path file;
    private final BufferedWriter writer;

    private SweepTrialLog(Path file, BufferedWriter writer) {
        this.file = file;
        this.writer = writer;
    }

    /** Opens a new part file in {@code sweepFolder/trials/} for appending. */
    public static SweepTrialLog open(Path sweepFolder) throws IOException {
        Path folder = sweepFolder.resolve(FOLDER);
        Files.createDirectories(folder);
        for (int part = 0; ; part++) {
            Path candidate = folder.resolve(String.format(java.util.Locale.ROOT, "part-%05d.jsonl", part));
            if (!Files.exists(candidate)) {
                BufferedWriter writer = Files.newBufferedWriter(candidate, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return new SweepTrialLog(candidate, writer);
            }
        }
    }

    /** The file this log appends to. */
    public Path file() {
        return file;
    }

    /** Appends one trial and flushes it to the operating system. */
    public void append(SweepTrialResult trial) {
        try {
            writer.write(SweepTrialJson.write(trial));
            writer.write('\n');
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    /** What {@link #read} found. */
    public record Contents(int trials, int skippedLines, int duplicates) {
    }

    /**
     * Streams every trial logged in {@code sweepFolder} to {@code onTrial}, each key once, in file and line order.
     * A folder without trials gives none.
     */
    public static Contents read(Path sweepFolder, Consumer<SweepTrialResult> onTrial) throws IOException {
        Path folder = sweepFolder.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return new Contents(0, 0, 0);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
        Map<String, Boolean> seen = new LinkedHashMap<>();
        int trials = 0;
        int skipped = 0;
        int duplicates = 0;
        for (Path part : files) {
            try (Stream<String> lines = Files.lines(part, StandardCharsets.UTF_8)) {
                for (String line : (Iterable<String>) lines::iterator) {
                    if (line.isBlank()) {
                        continue;
                    }
                    SweepTrialResult trial;
                    try {
                        trial = SweepTrialJson.read(line);
                    } catch (IllegalArgumentException e) {
                        skipped++;
                        continue;
                    }
                    if (seen.putIfAbsent(trial.key().id(), Boolean.TRUE) != null) {
                        duplicates++;
                        continue;
                    }
                    trials++;
                    onTrial.accept(trial);
                }
            }
        }
        return new Contents(trials, skipped, duplicates);
    }

    /**
     * Streams the logged trials whose keys are in {@code order} to {@code onTrial} in that order (keys not logged
     * are left out), whatever order the engine's threads or partitions finished them in: a first pass indexes
     * where each key's first valid line lies, a second reads the lines in the given order. Holds the index, never
     * the trials.
     */
    public static void readInOrder(Path sweepFolder, List<String> order, Consumer<SweepTrialResult> onTrial) throws IOException {
        List<Path> parts = files(sweepFolder);
        Map<String, long[]> where = new java.util.HashMap<>(); // key -> {part, offset, length}
        for (int p = 0; p < parts.size(); p++) {
            int part = p;
            lines(parts.get(p), (offset, line) -> {
                String text = new String(line, StandardCharsets.UTF_8);
                if (text.isBlank()) {
                    return;
                }
                try {
                    where.putIfAbsent(SweepTrialJson.read(text).key().id(), new long[] {part, offset, line.length});
                } catch (IllegalArgumentException e) {
                    // a cut line: not a trial
                }
            });
        }
        java.nio.channels.FileChannel[] channels = new java.nio.channels.FileChannel[parts.size()];
        try {
            for (String key : order) {
                long[] at = where.get(key);
                if (at == null) {
                    continue;
                }
                int part = (int) at[0];
                if (channels[part] == null) {
                    channels[part] = java.nio.channels.FileChannel.open(parts.get(part), StandardOpenOption.READ);
                }
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) at[2]);
                while (buffer.hasRemaining()) {
                    if (channels[part].read(buffer, at[1] + buffer.position()) < 0) {
                        throw new IOException(parts.get(part) + " changed while it was read");
                    }
                }
                onTrial.accept(SweepTrialJson.read(new String(buffer.array(), StandardCharsets.UTF_8)));
            }
        } finally {
            for (java.nio.channels.FileChannel channel : channels) {
                if (channel != null) {
                    channel.close();
                }
            }
        }
    }

    /** Receives the byte offset and the bytes (without the line break) of one line. */
    private interface LineConsumer {
        void accept(long offset, byte[] line);
    }

    private static void lines(Path file, LineConsumer onLine) throws IOException {
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(4096);
            long position = 0;
            long start = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {
                position++;
                if (b == '\n') {
                    onLine.accept(start, line.toByteArray());
                    line.reset();
                    start = position;
                } else {
                    line.write(b);
                }
            }
            if (line.size() > 0) {
                onLine.accept(start, line.toByteArray());
            }
        }
    }

    /** The keys ({@code TrialKey.id()}) of every logged trial. */
    public static java.util.Set<String> keys(Path sweepFolder) throws IOException {
        java.util.Set<String> keys = new java.util.HashSet<>();
        read(sweepFolder, trial -> keys.add(trial.key().id()));
        return keys;
    }

    /** Every logged trial's file, for tools that need the raw lines. */
    static List<Path> files(Path sweepFolder) throws IOException {
        Path folder = sweepFolder.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return new ArrayList<>(list.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList());
        }
    }
}
