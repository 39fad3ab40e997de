package cn.fuyi.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rate as the exact fraction it is (numerator / denominator, both counts) and as reports print it: a percentage
 * with one decimal, rounded half-up ({@code 5/122} → 4.1, {@code 1/16} → 6.3). A fraction over 0 has no value: its
 * percentage is {@code null} and it prints as {@value #UNDEFINED}.
 */
public record Fraction(long numerator, long denominator) {

    /** How a rate with denominator 0 is printed. */
    public static final String UNDEFINED = "—";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Fraction {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("counts cannot be negative: " + numerator + "/" + denominator);
        }
    }

    public boolean defined() {
        return denominator != 0;
    }

    /** 100 × numerator / denominator with one decimal, half-up; {@code null} when the denominator is 0. */
    public BigDecimal percent() {
        if (!defined()) {
            return null;
        }
        // divide() with a scale computes the exact quotient before rounding, so 6.25 rounds to 6.3, never 6.2
        return BigDecimal.valueOf(numerator).multiply(HUNDRED).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    /** "4.1%", or {@value #UNDEFINED} when the denominator is 0. */
    public String display() {
        BigDecimal p = percent();
        return p == null ? UNDEFINED : p.toPlainString() + "%";
    }

    /** "5/122". */
    public String text() {
        return numerator + "/" + denominator;
    }

    /**
     * The change from {@code before} to this rate in percentage points, computed from the exact fractions and then
     * rounded to one decimal half-up; {@code null} when either rate is undefined.
     */
    public BigDecimal pointsSince(Fraction before) {
        if (!defined() || !before.defined()) {
            return null;
        }
        // a/b − c/d = (a·d − c·b) / (b·d), exact in BigDecimal before the one rounding
        BigDecimal num = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(before.denominator))
                .subtract(BigDecimal.valueOf(before.numerator).multiply(BigDecimal.valueOf(denominator)));
        BigDecimal den = BigDecimal.valueOf(denominator).multiply(BigDecimal.valueOf(before.denominator));
        return num.multiply(HUNDRED).divide(den, 1, RoundingMode.HALF_UP);
    }
}
