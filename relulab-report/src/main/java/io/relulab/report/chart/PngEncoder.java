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
public final class PngEncoder {

    /** zlib's compression level: its default trade-off between size and speed. */
    static final int LEVEL = 6;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int FILTER_UP = 2;
    private static final int CHUNK = 1 << 16;

    private PngEncoder() {
    }

    /**
     * Writes {@code image} to {@code out} as a PNG. The alpha of an image with one is ignored (the charts are drawn
     * on an opaque white background).
     */
    public static void write(BufferedImage image, OutputStream out) throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = rgbPixels(image);
        out.write(SIGNATURE);
        ByteBuffer header = ByteBuffer.allocate(13);
        header.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array(), header.position());

        Deflater deflater = new Deflater(LEVEL);
        try {
            int stride = 3 * width;
            byte[] row = new byte[1 + stride];
            byte[] previous = new byte[stride];
            byte[] current = new byte[stride];
            byte[] compressed = new byte[CHUNK];
            int pending = 0;
            for (int y = 0; y < height; y++) {
                toBytes(pixels, y * width, width, current);
                row[0] = FILTER_UP;
                for (int i = 0; i < stride; i++) {
                    row[1 + i] = (byte) (current[i] - previous[i]);
                }
                deflater.setInput(row);
                while (!deflater.needsInput()) {
                    pending = drain(deflater, compressed, pending, out);
                }
                byte[] swap = previous;
                previous = current;
                current = swap;
            }
            deflater.finish();
            while (!deflater.finished()) {
                pending = drain(deflater, compressed, pending, out);
            }
            if (pending > 0) {
                chunk(out, "IDAT", compressed, pending);
            }
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0], 0);
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

    private static void toBytes(int[] pixels, int offset, int width, byte[] bytes) {
        for (int x = 0, b = 0; x < width; x++, b += 3) {
            int pixel = pixels[offset + x];
            bytes[b] = (byte) (pixel >>> 16);
            bytes[b + 1] = (byte) (pixel >>> 8);
            bytes[b + 2] = (byte) pixel;
        }
    }

    /** One chunk: length, type, data, and the CRC-32 of type and data. */
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
