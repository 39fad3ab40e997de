package cn.fuyi.statistics;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The ids of the cases behind a frozen count, kept compactly: sorted, each stored as its difference from the one
 * before (an unsigned varint), the whole deflated. A year of a large city's cases is a few kilobytes; every case of
 * a province over five years a few megabytes per count, one row instead of millions.
 */
final class CaseIds {

    private CaseIds() {
    }

    static byte[] encode(long[] sortedIds) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(sortedIds.length * 2 + 16);
        long previous = 0;
        for (long id : sortedIds) {
            long delta = id - previous;
            if (delta < 0) {
                throw new IllegalArgumentException("case ids must be ascending");
            }
            while ((delta & ~0x7FL) != 0) {
                raw.write((int) ((delta & 0x7F) | 0x80));
                delta >>>= 7;
            }
            raw.write((int) delta);
            previous = id;
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(raw.toByteArray());
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.size() / 2 + 16);
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    static long[] decode(byte[] blob, int count) {
        Inflater inflater = new Inflater();
        inflater.setInput(blob);
        ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(64, count * 2));
        byte[] buffer = new byte[8192];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                raw.write(buffer, 0, n);
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("stored case ids unreadable", e);
        } finally {
            inflater.end();
        }
        byte[] bytes = raw.toByteArray();
        long[] ids = new long[count];
        long previous = 0;
        int k = 0;
        int shift = 0;
        long delta = 0;
        for (byte b : bytes) {
            delta |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) != 0) {
                shift += 7;
                continue;
            }
            previous += delta;
            ids[k++] = previous;
            delta = 0;
            shift = 0;
        }
        if (k != count) {
            throw new IllegalStateException("stored case ids: " + k + " read, " + count + " expected");
        }
        return ids;
    }

    /** The ids of {@code a} not in {@code b}, both ascending. */
    static long[] minus(long[] a, long[] b) {
        long[] out = new long[a.length];
        int n = 0;
        int j = 0;
        for (long x : a) {
            while (j < b.length && b[j] < x) {
                j++;
            }
            if (j >= b.length || b[j] != x) {
                out[n++] = x;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
