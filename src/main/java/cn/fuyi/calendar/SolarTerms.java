package cn.fuyi.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The solar term 清明 (Qingming): the moment the sun's apparent geocentric ecliptic longitude reaches 15°, and the
 * date on which that moment falls in China (Asia/Shanghai), which is the day off 放假办法 art. 2 gives for 清明节.
 *
 * <p>The sun's longitude comes from the low-precision solar coordinates of J. Meeus, <i>Astronomical Algorithms</i>
 * (2nd ed., ch. 25): the mean longitude and mean anomaly, the equation of the centre, then nutation and aberration.
 * It is good to about 0.01°, i.e. about a quarter of an hour of the term's moment. For 2008–2100 it was checked
 * against an independent ephemeris (VSOP87-based, see {@code SolarTermsTest}): every date agrees, the largest time
 * difference is 13 minutes, and the closest call is 2071, whose term falls about ten minutes after midnight.
 */
final class SolarTerms {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The sun's apparent longitude at 清明. */
    static final double QINGMING_LONGITUDE = 15.0;

    private static final double J2000 = 2451545.0;
    private static final double UNIX_EPOCH_JD = 2440587.5;
    private static final double SECONDS_PER_DAY = 86400.0;

    private SolarTerms() {
    }

    /** The date of 清明 in China in {@code year}: 4 or 5 April in this century. */
    static LocalDate qingming(int year) {
        return LocalDate.ofInstant(qingmingMoment(year), CHINA);
    }

    /** The moment of 清明 in {@code year}. */
    static Instant qingmingMoment(int year) {
        return momentOfLongitude(year, QINGMING_LONGITUDE, LocalDate.of(year, 3, 25), LocalDate.of(year, 4, 15));
    }

    /**
     * The moment between {@code from} and {@code to} (each at 0h UT) at which the sun's apparent longitude is
     * {@code longitude}. The sun moves about 1° a day and never backwards, so halving the interval finds it.
     */
    static Instant momentOfLongitude(int year, double longitude, LocalDate from, LocalDate to) {
        double deltaT = deltaTSeconds(year) / SECONDS_PER_DAY;
        double lo = julianDay(from) + deltaT;
        double hi = julianDay(to) + deltaT;
        if (angleFrom(longitude, apparentLongitude(lo)) >= 0 || angleFrom(longitude, apparentLongitude(hi)) < 0) {
            throw new IllegalArgumentException(
                    "The sun does not reach " + longitude + "° between " + from + " and " + to);
        }
        // 50 halvings of a three-week interval leave well under a millisecond
        for (int i = 0; i < 50; i++) {
            double mid = (lo + hi) / 2;
            if (angleFrom(longitude, apparentLongitude(mid)) < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double universalTime = (lo + hi) / 2 - deltaT;
        long millis = Math.round((universalTime - UNIX_EPOCH_JD) * SECONDS_PER_DAY * 1000);
        return Instant.ofEpochMilli(millis);
    }

    /**
     * The sun's apparent geocentric ecliptic longitude in degrees, 0 to 360, at Julian Ephemeris Day {@code jde}
     * (Terrestrial Time).
     */
    static double apparentLongitude(double jde) {
        double t = (jde - J2000) / 36525.0;
        double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double meanAnomaly = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(meanAnomaly)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly)
                + 0.000289 * Math.sin(3 * meanAnomaly);
        double trueLongitude = meanLongitude + centre;
        // nutation in longitude and the aberration of light, both to the precision of the rest
        double ascendingNode = Math.toRadians(125.04 - 1934.136 * t);
        double apparent = trueLongitude - 0.00569 - 0.00478 * Math.sin(ascendingNode);
        return normalize(apparent);
    }

    /**
     * TT − UT in seconds, from the polynomials of Espenak and Meeus (NASA, 2006) for 2005–2150; a prediction,
     * uncertain by a few seconds today and perhaps a minute or two by 2100, which moves 清明 by as much.
     */
    static double deltaTSeconds(int year) {
        double y = year + 0.5;
        if (y < 2050) {
            double t = y - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (y - 1820) / 100;
        return -20 + 32 * u * u - 0.5628 * (2150 - y);
    }

    /** The Julian Day of 0h UT on {@code date}. */
    static double julianDay(LocalDate date) {
        return date.toEpochDay() + UNIX_EPOCH_JD;
    }

    /** How far {@code angle} lies past {@code reference}, in degrees from −180 (exclusive) to 180. */
    private static double angleFrom(double reference, double angle) {
        double d = normalize(angle - reference);
        return d > 180 ? d - 360 : d;
    }

    private static double normalize(double degrees) {
        double d = degrees % 360.0;
        return d < 0 ? d + 360.0 : d;
    }
}
