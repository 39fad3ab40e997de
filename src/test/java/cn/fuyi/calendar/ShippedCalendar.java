package cn.fuyi.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar exactly as the release ships it: read from the rows of the migration
 * {@code db/migration/V2__working_day_calendar.sql}, so that the tests check the shipped holiday data.
 */
public final class ShippedCalendar {

    static final String MIGRATION = "/db/migration/V2__working_day_calendar.sql";

    private static final Pattern YEAR_ROW = Pattern.compile("^\\((\\d{4}), (TRUE|FALSE),", Pattern.MULTILINE);
    private static final Pattern DAY_ROW = Pattern.compile(
            "^\\('(\\d{4}-\\d{2}-\\d{2})', (\\d{4}), '(OFF|WORKDAY)', '([^']+)'\\)", Pattern.MULTILINE);

    /** The special days of each notice year, in file order. */
    static final Map<Integer, Map<LocalDate, SpecialDay>> DAYS_BY_YEAR = new LinkedHashMap<>();
    static final Set<Integer> YEARS = new HashSet<>();
    static final Set<Integer> PUBLISHED = new HashSet<>();
    public static final WorkingDayCalendar CALENDAR;

    static {
        String sql = read();
        Matcher y = YEAR_ROW.matcher(sql);
        while (y.find()) {
            int year = Integer.parseInt(y.group(1));
            YEARS.add(year);
            if (y.group(2).equals("TRUE")) {
                PUBLISHED.add(year);
            }
        }
        Map<LocalDate, SpecialDay> all = new LinkedHashMap<>();
        Matcher d = DAY_ROW.matcher(sql);
        while (d.find()) {
            SpecialDay day = new SpecialDay(LocalDate.parse(d.group(1)), DayType.valueOf(d.group(3)), d.group(4));
            if (all.put(day.date(), day) != null) {
                throw new IllegalStateException("The migration lists " + day.date() + " twice");
            }
            DAYS_BY_YEAR.computeIfAbsent(Integer.parseInt(d.group(2)), k -> new LinkedHashMap<>()).put(day.date(), day);
        }
        CALENDAR = WorkingDayCalendar.of(all, PUBLISHED);
    }

    private ShippedCalendar() {
    }

    private static String read() {
        try (InputStream in = ShippedCalendar.class.getResourceAsStream(MIGRATION)) {
            if (in == null) {
                throw new IllegalStateException(MIGRATION + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
