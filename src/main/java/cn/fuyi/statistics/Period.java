package cn.fuyi.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.fuyi.common.ApiException;

/**
 * The period a statistic covers: a calendar year, a quarter, or any range of local dates, both ends included.
 * The year-over-year comparison uses the same dates one year earlier ({@link #yearBefore()}).
 */
public record Period(Kind kind, LocalDate from, LocalDate to) {

    /** Earliest and latest year the statistics accept; a range may span at most {@value #MAX_YEARS} years. */
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;
    static final int MAX_YEARS = 30;

    public enum Kind {
        YEAR, QUARTER, RANGE
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period quarter(int year, int quarter) {
        LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
        return new Period(Kind.QUARTER, from, from.plusMonths(3).minusDays(1));
    }

    public static Period range(LocalDate from, LocalDate to) {
        return new Period(Kind.RANGE, from, to);
    }

    /**
     * The period named by the query parameters: exactly one of {@code year}, {@code year}+{@code quarter}, or
     * {@code from}+{@code to}. Anything else is a 400 problem saying what is wrong.
     */
    public static Period parse(Integer year, Integer quarter, LocalDate from, LocalDate to) {
        boolean range = from != null || to != null;
        if (year == null && quarter == null && !range) {
            throw ApiException.badRequest("STATISTICS_PERIOD_REQUIRED");
        }
        if (range && (year != null || quarter != null)) {
            throw ApiException.badRequest("STATISTICS_PERIOD_AMBIGUOUS");
        }
        if (range) {
            if (from == null || to == null) {
                throw ApiException.badRequest("STATISTICS_RANGE_INCOMPLETE", from == null ? "from" : "to");
            }
            if (to.isBefore(from) || from.getYear() < MIN_YEAR || to.getYear() > MAX_YEAR
                    || ChronoUnit.YEARS.between(from, to.plusDays(1)) > MAX_YEARS) {
                throw ApiException.badRequest("STATISTICS_RANGE_INVALID", from, to, MAX_YEARS);
            }
            return range(from, to);
        }
        if (year == null) {
            throw ApiException.badRequest("STATISTICS_QUARTER_WITHOUT_YEAR");
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw ApiException.badRequest("STATISTICS_YEAR_INVALID", year, MIN_YEAR, MAX_YEAR);
        }
        if (quarter == null) {
            return year(year);
        }
        if (quarter < 1 || quarter > 4) {
            throw ApiException.badRequest("STATISTICS_QUARTER_INVALID", quarter);
        }
        return quarter(year, quarter);
    }

    /** The same dates one year earlier (同比); 29 February becomes the 28th. */
    public Period yearBefore() {
        return new Period(kind, from.minusYears(1), to.minusYears(1));
    }

    /** The period cut into calendar months (the first and last may be partial). */
    public List<Period> months() {
        return split(1);
    }

    /** The period cut into calendar quarters (the first and last may be partial). */
    public List<Period> quarters() {
        return split(3);
    }

    /** The period cut at the ends of calendar years (the first and last may be partial). */
    public List<Period> years() {
        return split(12);
    }

    private List<Period> split(int months) {
        List<Period> parts = new ArrayList<>();
        LocalDate start = from;
        while (!start.isAfter(to)) {
            LocalDate unitStart = months == 12 ? start.withDayOfYear(1)
                    : months == 3 ? start.withMonth(3 * ((start.getMonthValue() - 1) / 3) + 1).withDayOfMonth(1)
                    : start.withDayOfMonth(1);
            LocalDate unitEnd = unitStart.plusMonths(months).minusDays(1);
            LocalDate end = unitEnd.isAfter(to) ? to : unitEnd;
            boolean whole = start.equals(unitStart) && end.equals(unitEnd);
            Kind kind = !whole ? Kind.RANGE : months == 3 ? Kind.QUARTER : months == 12 ? Kind.YEAR : Kind.RANGE;
            parts.add(new Period(kind, start, end));
            start = end.plusDays(1);
        }
        return parts;
    }

    /** "2019年", "2019年第2季度", "2019-03-01至2019-05-31". */
    public String labelZh() {
        return switch (kind) {
            case YEAR -> from.getYear() + "年";
            case QUARTER -> from.getYear() + "年第" + quarterOfYear() + "季度";
            case RANGE -> from + "至" + to;
        };
    }

    /** "2019", "2019 Q2", "2019-03-01 to 2019-05-31". */
    public String labelEn() {
        return switch (kind) {
            case YEAR -> Integer.toString(from.getYear());
            case QUARTER -> from.getYear() + " Q" + quarterOfYear();
            case RANGE -> from + " to " + to;
        };
    }

    int quarterOfYear() {
        return (from.getMonthValue() - 1) / 3 + 1;
    }
}
