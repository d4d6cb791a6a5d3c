package io.relulab.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The encoder's files decode (with the JDK's independent PNG reader) to exactly the pixels that were encoded. */
class PngEncoderTest {

    /** A seeded image: flat areas, gradients and noise (noise defeats compression, so large ones span IDAT chunks). */
    private static BufferedImage image(int width, int height, int type, long seed) {
        BufferedImage image = new BufferedImage(width, height, type);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb;
                if (y < height / 3) {
                    rgb = 0xFFFFFF;
                } else if (y < 2 * height / 3) {
                    rgb = ((x * 255 / Math.max(1, width - 1)) << 16) | ((y & 0xFF) << 8) | ((x ^ y) & 0xFF);
                } else {
                    rgb = random.nextInt(1 << 24);
                }
                image.setRGB(x, y, 0xFF000000 | rgb);
            }
        }
        return image;
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1", "3, 2, 1", "17, 9, 2", "400, 300, 1", "401, 601, 2", "1000, 700, 1"})
    void decodesToTheSamePixels(int width, int height, int kind) throws IOException {
        int type = kind == 1 ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB;
        BufferedImage original = image(width, height, type, 31L * width + height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(original, out);

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(decoded.getWidth()).isEqualTo(width);
        assertThat(decoded.getHeight()).isEqualTo(height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ((decoded.getRGB(x, y) & 0xFFFFFF) != (original.getRGB(x, y) & 0xFFFFFF)) {
                    throw new AssertionError("pixel (" + x + ", " + y + "): " + Integer.toHexString(decoded.getRGB(x, y))
                            + " decoded, " + Integer.toHexString(original.getRGB(x, y)) + " encoded");
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"5, 4", "1000, 700"})
    void everyChunkHasItsLengthAndCrc(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(image(width, height, BufferedImage.TYPE_INT_RGB, 7), out);
        ByteBuffer file = ByteBuffer.wrap(out.toByteArray());
        assertThat(file.getLong()).as("signature").isEqualTo(0x89504E470D0A1A0AL);
        StringBuilder types = new StringBuilder();
        while (file.hasRemaining()) {
            int length = file.getInt();
            byte[] typeAndData = new byte[4 + length];
            file.get(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            assertThat(file.getInt()).as("CRC").isEqualTo((int) crc.getValue());
            String type = new String(typeAndData, 0, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (types.length() == 0 || !type.equals("IDAT") || !types.toString().endsWith("IDAT ")) {
                types.append(type).append(' ');
            }
            if (type.equals("IHDR")) {
                ByteBuffer header = ByteBuffer.wrap(typeAndData, 4, length);
                assertThat(header.getInt()).isEqualTo(width);
                assertThat(header.getInt()).isEqualTo(height);
                assertThat(new byte[] {header.get(), header.get(), header.get(), header.get(), header.get()})
                        .as("8-bit truecolour, deflate, adaptive filtering, no interlace").containsExactly(8, 2, 0, 0, 0);
            }
        }
        assertThat(types.toString()).isEqualTo("IHDR IDAT IEND ");
    }

    /**
     * Encoding in bands while the image is still being drawn gives the file of encoding it whole: each band is encoded
     * after its rows are painted and before the rows below them are.
     */
    @ParameterizedTest
    @CsvSource({"1, 1, 1", "17, 9, 4", "1000, 700, 2", "1000, 700, 7", "401, 601, 601"})
    void encodingInBandsGivesTheSameFile(int width, int height, int bands) throws IOException {
        BufferedImage finished = image(width, height, BufferedImage.TYPE_INT_RGB, 5L * width + height);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        PngEncoder.write(finished, whole);

        BufferedImage drawn = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream banded = new ByteArrayOutputStream();
        try (PngEncoder encoder = PngEncoder.start(drawn, banded)) {
            for (int band = 1; band <= bands; band++) {
                int from = (band - 1) * height / bands;
                int to = band * height / bands;
                for (int y = from; y < to; y++) {
                    for (int x = 0; x < width; x++) {
                        drawn.setRGB(x, y, finished.getRGB(x, y));
                    }
                }
                encoder.encodeRows(to);
            }
            encoder.finish();
        }
        assertThat(banded.toByteArray()).isEqualTo(whole.toByteArray());
    }
}
