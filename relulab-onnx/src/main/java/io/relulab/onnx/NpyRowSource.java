package io.relulab.onnx;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows of a numpy {@code .npy} file, streamed. Format (numpy's {@code numpy/lib/format.py} documentation,
 * versions 1.0–3.0): the magic {@code \x93NUMPY}, a major and minor version byte, the header length (2 bytes
 * little-endian in version 1, 4 bytes from version 2), then an ASCII Python dict literal
 * {@code {'descr': '<f4', 'fortran_order': False, 'shape': (N, C, H, W), }} padded with spaces to a multiple of
 * 16 (64 from numpy 1.x later versions), then the data. Accepted: little-endian float32 ({@code <f4}) or float64
 * ({@code <f8}, rounded to float32 as the model would see it), C order, at least two axes (the first is rows).
 */
final class NpyRowSource implements RowSource {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private final Path file;
    private final HashingInput input;
    private final DataInputStream data;
    private final long rows;
    private final long[] rowShape;
    private final int itemSize;
    private long rowsRead;
    private byte[] scratch = new byte[0];

    private NpyRowSource(Path file, HashingInput input, long rows, long[] rowShape, int itemSize) {
        this.file = file;
        this.input = input;
        this.data = new DataInputStream(input.stream());
        this.rows = rows;
        this.rowShape = rowShape;
        this.itemSize = itemSize;
    }

    static NpyRowSource open(Path file) {
        HashingInput input = HashingInput.open(file);
        try {
            DataInputStream in = new DataInputStream(input.stream());
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IllegalArgumentException(file + ": not a .npy file (no \\x93NUMPY magic at the start)");
            }
            int major = in.readUnsignedByte();
            in.readUnsignedByte();
            long headerLength;
            if (major == 1) {
                headerLength = Short.toUnsignedInt(Short.reverseBytes(in.readShort()));
            } else if (major == 2 || major == 3) {
                headerLength = Integer.toUnsignedLong(Integer.reverseBytes(in.readInt()));
            } else {
                throw new IllegalArgumentException(file + ": .npy format version " + major + "; expected 1, 2 or 3");
            }
            if (headerLength > 1 << 20) {
                throw new IllegalArgumentException(file + ": .npy header of " + headerLength + " bytes; expected a short header");
            }
            byte[] headerBytes = new byte[(int) headerLength];
            in.readFully(headerBytes);
            String header = new String(headerBytes, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            String descr = group(DESCR, header, file, "descr");
            int itemSize = switch (descr) {
                case "<f4" -> Float.BYTES;
                case "<f8" -> Double.BYTES;
                default -> throw new IllegalArgumentException(file + ": .npy dtype '" + descr
                        + "'; expected little-endian float32 ('<f4') or float64 ('<f8')");
            };
            if (group(FORTRAN, header, file, "fortran_order").equals("True")) {
                throw new IllegalArgumentException(file + ": .npy data in Fortran order; expected C order (np.ascontiguousarray)");
            }
            long[] shape = parseShape(group(SHAPE, header, file, "shape"), file);
            if (shape.length < 2) {
                throw new IllegalArgumentException(file + ": .npy shape " + Arrays.toString(shape)
                        + "; expected at least two axes, rows first ([N, F], [N, C, H, W], [N, T, F], ...)");
            }
            long values = 1;
            for (long dim : shape) {
                values = Math.multiplyExact(values, dim);
            }
            long expected = 6 + 2 + (major == 1 ? 2 : 4) + headerLength + values * itemSize;
            long size = Files.size(file);
            if (size < expected) {
                throw new IllegalArgumentException(file + ": truncated .npy file: " + size + " bytes; shape "
                        + Arrays.toString(shape) + " needs " + expected);
            }
            long[] rowShape = Arrays.copyOfRange(shape, 1, shape.length);
            Math.toIntExact(Arrays.stream(rowShape).reduce(1, Math::multiplyExact) * itemSize);
            return new NpyRowSource(file, input, shape[0], rowShape, itemSize);
        } catch (EOFException e) {
            input.close();
            throw new IllegalArgumentException(file + ": truncated .npy header");
        } catch (IOException e) {
            input.close();
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (RuntimeException e) {
            input.close();
            throw e;
        }
    }

    private static String group(Pattern pattern, String header, Path file, String key) {
        Matcher matcher = pattern.matcher(header);
        if (!matcher.find()) {
            throw new IllegalArgumentException(file + ": .npy header has no '" + key + "' entry: " + header.strip());
        }
        return matcher.group(1);
    }

    private static long[] parseShape(String text, Path file) {
        String[] parts = text.split(",");
        long[] shape = Arrays.stream(parts).map(String::strip).filter(part -> !part.isEmpty()).mapToLong(part -> {
            try {
                return Long.parseLong(part.endsWith("L") ? part.substring(0, part.length() - 1) : part);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": .npy shape (" + text + ") is not a tuple of integers");
            }
        }).toArray();
        return shape;
    }

    /** The number of rows in the file (its first axis). */
    long rows() {
        return rows;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public long[] rowShape() {
        return rowShape.clone();
    }

    @Override
    public int read(float[] target, int maxRows) {
        int count = (int) Math.min(maxRows, rows - rowsRead);
        if (count <= 0) {
            return 0;
        }
        int values = count * rowSize();
        int bytes = values * itemSize;
        if (scratch.length < bytes) {
            scratch = new byte[bytes];
        }
        try {
            data.readFully(scratch, 0, bytes);
        } catch (EOFException e) {
            throw new IllegalArgumentException(file + ": truncated .npy data at row " + rowsRead);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        ByteBuffer buffer = ByteBuffer.wrap(scratch, 0, bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (itemSize == Float.BYTES) {
            buffer.asFloatBuffer().get(target, 0, values);
        } else {
            for (int i = 0; i < values; i++) {
                target[i] = (float) buffer.getDouble();
            }
        }
        rowsRead += count;
        return count;
    }

    @Override
    public String sha256() {
        return input.sha256();
    }

    @Override
    public void close() {
        input.close();
    }
}
