package io.relulab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the numpy / scikit-learn golden fixtures of {@code src/test/resources/io/relulab/sklearncompat}
 * (written by {@code gen_fixtures.py} beside them) and hashes arrays the way they do: SHA-256 of the
 * little-endian float64 or int64 bytes in C order.
 */
public final class SklearnFixtures {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, JsonNode> CACHE = new ConcurrentHashMap<>();

    private SklearnFixtures() {}

    /** The parsed fixture file, e.g. {@code "randomstate.json"}. Numbers keep their exact double value. */
    public static JsonNode load(String name) {
        return CACHE.computeIfAbsent(name, SklearnFixtures::read);
    }

    private static JsonNode read(String name) {
        try (InputStream in = SklearnFixtures.class.getResourceAsStream("/io/relulab/sklearncompat/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.parseDouble(array.get(i).asText());
        }
        return out;
    }

    /** A 2-D JSON array flattened in row-major order. */
    public static double[] doublesRowMajor(JsonNode rows) {
        int columns = rows.size() == 0 ? 0 : rows.get(0).size();
        double[] out = new double[rows.size() * columns];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                out[r * columns + c] = Double.parseDouble(rows.get(r).get(c).asText());
            }
        }
        return out;
    }

    public static long[] longs(JsonNode array) {
        long[] out = new long[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asLong();
        }
        return out;
    }

    public static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asInt();
        }
        return out;
    }

    public static String sha256(double[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            buffer.putLong(Double.doubleToRawLongBits(v));
        }
        return sha256(buffer.array());
    }

    public static String sha256(long[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            buffer.putLong(v);
        }
        return sha256(buffer.array());
    }

    public static String sha256(int[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            buffer.putLong(v);
        }
        return sha256(buffer.array());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Raw bit patterns, for comparing doubles exactly with AssertJ. */
    public static long[] bits(double[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.doubleToRawLongBits(values[i]);
        }
        return out;
    }
}
