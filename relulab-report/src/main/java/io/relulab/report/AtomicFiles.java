package io.relulab.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes files atomically: the content goes to a temporary file in the target's folder, which is then
 * moved over the target in one step, so an interrupted run never leaves a half-written file that looks
 * complete (docs/ARCHITECTURE.md §7). Missing parent folders are created. Failures are {@link IOException}s whose
 * one-line message names the file and the reason.
 */
public final class AtomicFiles {

    /** Writes the content of one file to the given stream. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything; the stream is closed by the caller. */
        void writeTo(OutputStream out) throws IOException;
    }

    private static final AtomicLong COUNTER = new AtomicLong();

    private AtomicFiles() {
    }

    /** Writes {@code target} atomically with the given content. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            // not Files.createTempFile: that makes the file owner-only, and the move would keep it so
            temporary = folder.resolve("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "-"
                    + COUNTER.incrementAndGet() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e, temporary, folder), e);
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** Writes a UTF-8 text file atomically. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The reason, naming the file concerned; the temporary file is an implementation detail, so its folder is named. */
    private static String reason(IOException e, Path temporary, Path folder) {
        String file = e instanceof FileSystemException failure ? failure.getFile() : null;
        String where = file == null ? "" : " (" + (temporary != null && Path.of(file).equals(temporary) ? folder : file) + ")";
        if (e instanceof AccessDeniedException) {
            return "permission denied" + where;
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder" + where;
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way" + where;
        }
        if (e instanceof FileSystemException other && other.getReason() != null) {
            return other.getReason() + where;
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.replace('\n', ' ');
    }
}
