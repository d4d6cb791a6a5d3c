package io.relulab.report.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes an opaque RGB image as a PNG file (W3C, <i>Portable Network Graphics (PNG) Specification</i>, 2nd ed.,
 * 2003): the signature, an {@code IHDR} chunk (8-bit truecolour, no interlace), the pixel rows in {@code IDAT}
 * chunks, and {@code IEND}. Every row is filtered with the specification's "Up" filter (type 2: each byte minus the
 * byte above it, modulo 256), which turns the large flat areas of a chart into runs of zeros, and the rows are
 * compressed with zlib (the JDK's {@link Deflater}, level {@value #LEVEL}).
 *
 * <p>Why not {@code ImageIO}: its PNG writer tries all five filters on every row and compresses at a high level,
 * which for the report's 2000 × 1680 figures took about four times as long as rendering them; one fixed filter
 * gives files of similar size (measured in {@code relulab-bench/scripts/PngTiming.java}). The pixels are the same,
 * so the decoded image is identical whichever encoder wrote it (tested).
 */
public final class PngEncoder implements AutoCloseable {

    /** zlib's compression level: its default trade-off between size and speed. */
    static final int LEVEL = 6;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int FILTER_UP = 2;
    private static final int CHUNK = 1 << 16;

    private final BufferedImage image;
    private final OutputStream out;
    private final int[] pixels;
    private final Deflater deflater = new Deflater(LEVEL);
    private final byte[] row;
    private final byte[] compressed = new byte[CHUNK];
    private int pending;
    private int nextRow;

    private PngEncoder(BufferedImage image, OutputStream out) {
        this.image = image;
        this.out = out;
        this.pixels = rgbPixels(image);
        int stride = 3 * image.getWidth();
        this.row = new byte[1 + stride];
    }

    /**
     * Writes {@code image} to {@code out} as a PNG. The alpha of an image with one is ignored (the charts are drawn
     * on an opaque white background).
     */
    public static void write(BufferedImage image, OutputStream out) throws IOException {
        try (PngEncoder encoder = start(image, out)) {
            encoder.finish();
        }
    }

    /**
     * Starts a PNG of {@code image} on {@code out} (signature and header), to be encoded a band of rows at a time
     * while the rest of the image is still being drawn: {@link #encodeRows(int)} as rows become final, then
     * {@link #finish()}. The file is the same as {@link #write(BufferedImage, OutputStream)} writes. The pixels of
     * an {@code INT_RGB} image are read from its own array when their rows are encoded (so rows drawn after the start
     * are seen); those of other images are copied here. {@link #close()} releases the compressor.
     */
    public static PngEncoder start(BufferedImage image, OutputStream out) throws IOException {
        PngEncoder encoder = new PngEncoder(image, out);
        try {
            out.write(SIGNATURE);
            ByteBuffer header = ByteBuffer.allocate(13);
            header.putInt(image.getWidth()).putInt(image.getHeight()).put((byte) 8).put((byte) 2).put((byte) 0)
                    .put((byte) 0).put((byte) 0);
            chunk(out, "IHDR", header.array(), header.position());
            return encoder;
        } catch (IOException | RuntimeException e) {
            encoder.close();
            throw e;
        }
    }

    /** Filters and compresses the rows from the last one encoded up to {@code end} (exclusive; at most the height). */
    public void encodeRows(int end) throws IOException {
        int last = Math.min(end, image.getHeight());
        int width = image.getWidth();
        for (; nextRow < last; nextRow++) {
            if (nextRow == 0) {
                filterFirst(pixels, width, row);
            } else {
                filterUp(pixels, nextRow * width, (nextRow - 1) * width, width, row);
            }
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                pending = drain(deflater, compressed, pending, out);
            }
        }
    }

    /** Encodes the remaining rows and ends the file ({@code IEND}). */
    public void finish() throws IOException {
        encodeRows(image.getHeight());
        deflater.finish();
        while (!deflater.finished()) {
            pending = drain(deflater, compressed, pending, out);
        }
        if (pending > 0) {
            chunk(out, "IDAT", compressed, pending);
            pending = 0;
        }
        chunk(out, "IEND", new byte[0], 0);
    }

    /** Releases the compressor (the stream stays open). */
    @Override
    public void close() {
        deflater.end();
    }

    /** Deflates into the free part of {@code buffer}; writes it as one IDAT chunk when full. Returns the bytes held. */
    private static int drain(Deflater deflater, byte[] buffer, int pending, OutputStream out) throws IOException {
        pending += deflater.deflate(buffer, pending, buffer.length - pending);
        if (pending == buffer.length) {
            chunk(out, "IDAT", buffer, pending);
            return 0;
        }
        return pending;
    }

    /** The image's pixels as packed 0xRRGGBB (the image's own array when it is an INT_RGB image). */
    private static int[] rgbPixels(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB && image.getRaster().getDataBuffer() instanceof DataBufferInt ints
                && ints.getNumBanks() == 1 && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0
                && ints.getData().length == image.getWidth() * image.getHeight()) {
            return ints.getData();
        }
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /**
     * One filtered row: the filter type, then each of the row's R, G, B bytes minus the same byte of the row above
     * (at {@code above}), modulo 256 — read straight from the pixels, in one pass. The first row has a loop of its own
     * ({@link #filterFirst}): a test for it here is a branch that C2 leaves out of this loop once it has seen
     * thousands of rows without it, so that the next figure's first row would throw the compiled loop away.
     */
    private static void filterUp(int[] pixels, int offset, int above, int width, byte[] row) {
        row[0] = FILTER_UP;
        for (int x = 0, b = 1; x < width; x++, b += 3) {
            int pixel = pixels[offset + x];
            int up = pixels[above + x];
            row[b] = (byte) ((pixel >>> 16) - (up >>> 16));
            row[b + 1] = (byte) ((pixel >>> 8) - (up >>> 8));
            row[b + 2] = (byte) (pixel - up);
        }
    }

    /** The first row filtered: "Up" with a row of zeros above, so the row's own R, G, B bytes. */
    private static void filterFirst(int[] pixels, int width, byte[] row) {
        row[0] = FILTER_UP;
        for (int x = 0, b = 1; x < width; x++, b += 3) {
            int pixel = pixels[x];
            row[b] = (byte) (pixel >>> 16);
            row[b + 1] = (byte) (pixel >>> 8);
            row[b + 2] = (byte) pixel;
        }
    }

    private static void chunk(OutputStream out, String type, byte[] data, int length) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        ByteBuffer prefix = ByteBuffer.allocate(8).putInt(length).put(name);
        out.write(prefix.array());
        out.write(data, 0, length);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
