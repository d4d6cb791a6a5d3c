package io.relulab.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * An output folder that one run owns: an exclusive lock on the lock file {@value #LOCK_FILE} inside it
 * ({@link FileChannel#tryLock()}, released by the operating system if the process dies), held from before the first
 * trial until the outputs are published, so that two runs never write into the same folder. A second run fails at
 * once with {@link InUseException}: "output folder X is in use by another run (pid N)".
 *
 * <p>Outputs are rendered into a hidden staging folder inside the output folder ({@link #newStaging()}, on the same
 * file system, so renames are atomic) and {@linkplain #publish(Path, String) published} as a whole: the previous
 * run's main file (the report) is removed first, every staged entry then replaces the entry of the same name —
 * a folder such as {@code figures/} as a whole, so no file of an earlier run survives beside the new ones — and the
 * new main file is moved in last. An interrupted run leaves either no report or a complete one whose companions are
 * all from the same run. Staging folders left by runs that died are removed when the lock is taken.
 *
 * <p>{@link #abandon()} is for a run that is interrupted (SIGINT, SIGTERM): it removes the staging folders, and the
 * output folder itself (and the parents it created) if this run created it, so nothing is left behind; once it has
 * run nothing can be published any more, and the lock is released. {@link #close()} releases the lock and removes
 * the lock file.
 *
 * <p>The lock file stays in the folder between runs (emptied when a run ends): deleting it would let a run that
 * opened it just before lock a file that no longer has a name while a third run creates a new one. Within one JVM
 * a folder is claimed before its lock file is opened, because closing a second channel on a locked file would
 * release the first channel's lock (POSIX record locks belong to the process).
 */
public final class OutputFolder implements AutoCloseable {

    /** The lock file's name inside the output folder; it holds the owner's pid while a run holds the folder. */
    public static final String LOCK_FILE = ".relulab.lock";
    /** Name prefix of staging folders inside the output folder. */
    public static final String STAGING_PREFIX = ".relulab-staging-";
    /** The first part of {@link #uniqueSuffix()}: this process's id and when it started naming files. */
    private static final String PROCESS = ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime());
    private static final AtomicLong NAMES = new AtomicLong();
    /** Name prefix of a previous run's folder moved aside while its replacement is published. */
    static final String REPLACED_PREFIX = ".relulab-replaced-";

    /** The folders this JVM has claimed, each with the thread that claimed it and, once locked, its lock. */
    private static final Map<Path, Claim> CLAIMS = new ConcurrentHashMap<>();

    private static final class Claim {
        final Thread owner = Thread.currentThread();
        volatile OutputFolder folder;
    }

    /** Thrown when another run holds the folder; a user error (exit code 2), so an {@link IllegalArgumentException}. */
    public static final class InUseException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InUseException(Path shown, String pid) {
            super("output folder " + shown + " is in use by another run" + (pid.isEmpty() ? "" : " (pid " + pid + ")"));
        }
    }

    private final Path shown;
    private final Path folder;
    private final List<Path> created;
    private final FileChannel channel;
    private final FileLock lock;
    private final List<Path> stagings = new ArrayList<>();
    private boolean published;
    private boolean abandoned;
    private boolean closed;

    private OutputFolder(Path shown, Path folder, List<Path> created, FileChannel channel, FileLock lock) {
        this.shown = shown;
        this.folder = folder;
        this.created = List.copyOf(created);
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Fails fast if {@code out} cannot be written: creates the folder if needed and writes and deletes a probe file
     * in it.
     *
     * @throws IllegalArgumentException with a one-line message naming the folder and the reason, if it cannot
     */
    public static void checkWritable(Path out) {
        Path folder = absolute(out);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("output folder " + out + " is not writable: it is a file, not a folder");
        }
        try {
            Files.createDirectories(folder);
            Path probe = createUnique(folder, ".relulab-probe-", false);
            Files.delete(probe);
        } catch (IOException e) {
            throw notWritable(out, folder, e);
        } catch (SecurityException e) {
            throw new IllegalArgumentException("output folder " + out + " is not writable: " + e.getMessage(), e);
        }
    }

    /**
     * Takes {@code out} for this run: creates it (and missing parents) if needed, locks it, and removes the staging
     * folders of runs that died.
     *
     * @throws InUseException if another run (in this or another process) holds it
     * @throws IllegalArgumentException if the path is empty or the folder cannot be created or written
     */
    public static OutputFolder lock(Path out) {
        if (out.toString().isBlank()) {
            throw new IllegalArgumentException("output folder: the path is empty; expected a folder name such as relulab-out");
        }
        Path folder = absolute(out);
        Claim claim = new Claim();
        if (CLAIMS.putIfAbsent(folder, claim) != null) {
            throw new InUseException(out, Long.toString(ProcessHandle.current().pid()));
        }
        try {
            List<Path> created = missingFolders(folder);
            checkWritable(out);
            OutputFolder taken = tryLock(out, folder, created);
            claim.folder = taken;
            taken.removeDeadStagings();
            return taken;
        } catch (IOException e) {
            CLAIMS.remove(folder, claim);
            throw notWritable(out, folder, e);
        } catch (RuntimeException e) {
            CLAIMS.remove(folder, claim);
            throw e;
        }
    }

    /** The lock that this thread holds on {@code out}, if it holds one. */
    public static Optional<OutputFolder> heldByThisThread(Path out) {
        Claim claim = CLAIMS.get(absolute(out));
        return claim == null || claim.owner != Thread.currentThread() ? Optional.empty() : Optional.ofNullable(claim.folder);
    }

    /** Whether this JVM holds a lock on {@code out}. */
    public static boolean isLocked(Path out) {
        Claim claim = CLAIMS.get(absolute(out));
        return claim != null && claim.folder != null;
    }

    /** Locks the lock file and writes this process's pid into it; throws {@link InUseException} if another has it. */
    private static OutputFolder tryLock(Path shown, Path folder, List<Path> created) throws IOException {
        FileChannel channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String pid = readPid(channel);
            channel.close();
            throw new InUseException(shown, pid);
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(false);
        return new OutputFolder(shown, folder, created, channel, lock);
    }

    private static String readPid(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(64);
            channel.read(buffer, 0);
            String pid = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
            return pid.matches("[0-9]+") ? pid : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** The folder as the user named it (for messages). */
    public Path shown() {
        return shown;
    }

    /** The folder's absolute, normalised path. */
    public Path path() {
        return folder;
    }

    /** Whether this run created the folder. */
    public boolean createdByThisRun() {
        return !created.isEmpty();
    }

    /** A new, empty staging folder inside the output folder; removed by {@link #publish}, {@link #abandon} or close. */
    public synchronized Path newStaging() throws IOException {
        checkUsable();
        Path staging = createUnique(folder, STAGING_PREFIX, true);
        stagings.add(staging);
        return staging;
    }

    /**
     * Publishes every entry of {@code staging} into the folder, {@code mainFile} last (see the class comment), and
     * deletes the staging folder. Returns the published paths in the order they were moved.
     *
     * @throws InterruptedIOException if the run was {@linkplain #abandon() abandoned}: nothing is then published
     */
    public synchronized List<Path> publish(Path staging, String mainFile) throws IOException {
        if (abandoned) {
            throw new InterruptedIOException("interrupted: nothing was published to " + shown);
        }
        checkUsable();
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(staging)) {
            listing.forEach(entries::add);
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        Path main = staging.resolve(mainFile);
        if (!Files.exists(main)) {
            throw new IllegalArgumentException("nothing to publish: " + mainFile + " is not in the staging folder");
        }
        entries.remove(main);
        List<Path> order = new ArrayList<>();
        deleteRecursively(folder.resolve(mainFile));
        for (Path entry : entries) {
            order.add(replace(entry, folder.resolve(entry.getFileName().toString())));
        }
        order.add(replace(main, folder.resolve(mainFile)));
        published = true;
        deleteRecursively(staging);
        stagings.remove(staging);
        return order;
    }

    /**
     * Gives up the run: removes its staging folders, and the folders it created if nothing else is in them. Nothing
     * can be published afterwards. Returns true if nothing had been published (so the folder is as it was before
     * the run), false if a publication had already completed.
     */
    public synchronized boolean abandon() {
        abandoned = true;
        for (Path staging : stagings) {
            deleteRecursively(staging);
        }
        stagings.clear();
        boolean removeFolder = !published && !closed && !created.isEmpty() && onlyTheLockFileIsLeft();
        if (removeFolder) {
            try {
                Files.deleteIfExists(folder.resolve(LOCK_FILE));
            } catch (IOException e) {
                removeFolder = false;
            }
        }
        if (!closed) {
            release();
        }
        if (removeFolder) {
            for (Path made : created) { // deepest first
                try {
                    Files.deleteIfExists(made);
                } catch (IOException e) {
                    break; // not empty (something else was put there) or not ours to delete: leave it
                }
            }
        }
        return !published;
    }

    /** Releases the lock, empties the lock file and removes any staging folder left. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        for (Path staging : stagings) {
            deleteRecursively(staging);
        }
        stagings.clear();
        release();
    }

    private void checkUsable() {
        if (closed) {
            throw new IllegalStateException("output folder " + shown + " was already released");
        }
    }

    private boolean onlyTheLockFileIsLeft() {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.allMatch(p -> p.getFileName().toString().equals(LOCK_FILE));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private void release() {
        closed = true;
        try {
            if (channel.isOpen()) {
                channel.truncate(0); // no pid once the run is over
            }
        } catch (IOException e) {
            // a stale pid is only shown to a run that finds the folder locked, which it then is not
        }
        try {
            lock.release();
        } catch (IOException e) {
            // released when the channel closes
        }
        try {
            channel.close();
        } catch (IOException e) {
            // the operating system releases the lock with the process at the latest
        }
        CLAIMS.remove(folder);
    }

    private void removeDeadStagings() throws IOException {
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder,
                entry -> entry.getFileName().toString().startsWith(STAGING_PREFIX)
                        || entry.getFileName().toString().startsWith(REPLACED_PREFIX))) {
            for (Path dead : listing) {
                deleteRecursively(dead); // only a holder of the lock makes these, and the holder is now us
            }
        }
    }

    /**
     * A new empty file or folder named {@code prefix} + {@link #uniqueSuffix()} in {@code folder}, made with
     * create-new semantics (a name another process took first is passed over).
     */
    private static Path createUnique(Path folder, String prefix, boolean directory) throws IOException {
        while (true) {
            Path path = folder.resolve(prefix + uniqueSuffix());
            try {
                return directory ? Files.createDirectory(path) : Files.write(path, new byte[0], StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException e) {
                // taken: try the next name
            }
        }
    }

    /**
     * A name part that no other live process and no earlier call in this JVM uses: the process id, a clock reading
     * taken when the class was loaded (apart from an earlier process with the same id) and a counter. Not
     * {@code UUID.randomUUID()}: its first call seeds a {@code SecureRandom}, a cost on the start of every study (the
     * probe of {@link #checkWritable(Path)}), where only the main thread works.
     */
    private static String uniqueSuffix() {
        return PROCESS + "-" + NAMES.incrementAndGet();
    }

    /** Moves {@code source} over {@code target}; a folder replaces the old folder as a whole. */
    private Path replace(Path source, Path target) throws IOException {
        if (Files.isDirectory(target) && !Files.isSymbolicLink(target)) {
            Path aside = folder.resolve(REPLACED_PREFIX + uniqueSuffix());
            Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
            move(source, target);
            deleteRecursively(aside);
        } else {
            if (Files.isDirectory(source)) {
                Files.deleteIfExists(target);
            }
            move(source, target);
        }
        return target;
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Best effort: what cannot be deleted is hidden and harmless, and must not mask the real error. */
    static void deleteRecursively(Path path) {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        } catch (IOException | UncheckedIOException e) {
            // left behind; see above
        }
    }

    /** The folders that {@code Files.createDirectories(folder)} would create, deepest first. */
    private static List<Path> missingFolders(Path folder) {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path each = folder; each != null && !Files.exists(each); each = each.getParent()) {
            missing.addLast(each);
        }
        return new ArrayList<>(missing);
    }

    private static Path absolute(Path out) {
        return out.toAbsolutePath().normalize();
    }

    private static IllegalArgumentException notWritable(Path out, Path folder, IOException e) {
        return new IllegalArgumentException("output folder " + out + " is not writable: " + reason(e, folder), e);
    }

    private static String reason(IOException e, Path folder) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied" + where(denied.getFile(), folder);
        }
        if (e instanceof NoSuchFileException missing) {
            return "cannot create " + (missing.getFile() == null ? folder : missing.getFile());
        }
        if (e instanceof FileSystemException failure && failure.getReason() != null) {
            return lowerFirst(failure.getReason()) + where(failure.getFile(), folder);
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.replace('\n', ' ');
    }

    private static String where(String file, Path folder) {
        // The folder itself or a file inside it is implied by the message; anything else (a parent) is named.
        return file == null || Path.of(file).toAbsolutePath().startsWith(folder) ? "" : " (" + file + ")";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
