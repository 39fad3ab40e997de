package cn.fuyi.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** The compact form of the case ids a frozen report keeps: what goes in comes out, and it is small. */
class CaseIdsTest {

    @Test
    void idsComeBackAsTheyWent() {
        long[] none = {};
        assertArrayEquals(none, CaseIds.decode(CaseIds.encode(none), 0));
        long[] some = { 1, 2, 3, 127, 128, 16_383, 16_384, 5_000_000_000L, Long.MAX_VALUE };
        assertArrayEquals(some, CaseIds.decode(CaseIds.encode(some), some.length));
        Random random = new Random(14);
        long[] many = LongStream.iterate(1000, i -> i + 1 + random.nextInt(40)).limit(200_000).toArray();
        byte[] blob = CaseIds.encode(many);
        assertArrayEquals(many, CaseIds.decode(blob, many.length));
        assertTrue(blob.length < many.length * 2, "200,000 ids in " + blob.length + " bytes");
    }

    @Test
    void idsMustAscend() {
        assertThrows(IllegalArgumentException.class, () -> CaseIds.encode(new long[] { 5, 3 }));
        assertThrows(IllegalStateException.class, () -> CaseIds.decode(CaseIds.encode(new long[] { 1, 2 }), 3));
    }

    @Test
    void theCasesThatMovedAreTheDifferenceBothWays() {
        long[] frozen = { 1, 4, 6, 9 };
        long[] live = { 1, 5, 6, 9, 12 };
        assertArrayEquals(new long[] { 5, 12 }, CaseIds.minus(live, frozen));
        assertArrayEquals(new long[] { 4 }, CaseIds.minus(frozen, live));
    }
}
