package io.relulab.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Checks that an output folder can be written before any work is done (DESIGN.md §7). */
final class OutputFolder {

    private OutputFolder() {
    }

    /**
     * Creates {@code out} if needed and writes and deletes a probe file in it.
     *
     * @throws IllegalArgumentException with a one-line message naming the folder and the reason, if it cannot
     */
    static void checkWritable(Path out) {
        Path folder = out.toAbsolutePath().normalize();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("output folder " + out + " is not writable: it is a file, not a folder");
        }
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".relulab-probe-", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new IllegalArgumentException("output folder " + out + " is not writable: " + reason(e, folder), e);
        } catch (SecurityException e) {
            throw new IllegalArgumentException("output folder " + out + " is not writable: " + e.getMessage(), e);
        }
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
        // The folder itself or the probe file inside it is implied by the message; anything else (a parent) is named.
        return file == null || Path.of(file).toAbsolutePath().startsWith(folder) ? "" : " (" + file + ")";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
