package io.relulab.onnx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A buffered file stream that computes the file's SHA-256 as it is read (one pass over the data). */
final class HashingInput {

    private final Path file;
    private final MessageDigest digest;
    private final DigestInputStream stream;
    private String hex;

    private HashingInput(Path file, InputStream raw) {
        this.file = file;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK must provide SHA-256", e);
        }
        this.stream = new DigestInputStream(new BufferedInputStream(raw, 1 << 16), digest);
    }

    static HashingInput open(Path file) {
        try {
            return new HashingInput(file, Files.newInputStream(file));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    InputStream stream() {
        return stream;
    }

    /** Reads to the end (hashing what is left) and returns the hex digest. */
    String sha256() {
        if (hex == null) {
            try {
                byte[] buffer = new byte[1 << 16];
                while (stream.read(buffer) >= 0) {
                    // hash the rest
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            hex = HexFormat.of().formatHex(digest.digest());
        }
        return hex;
    }

    void close() {
        try {
            stream.close();
        } catch (IOException e) {
            // nothing was written; a failed close of a read stream loses nothing
        }
    }
}
