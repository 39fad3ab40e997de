package cn.fuyi.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The days off that 全国年节及纪念日放假办法 (放假办法) itself fixes for a year, known before the State Council's
 * annual notice: the festival days of art. 2 and the substitute days of art. 6. What only the notice can say, the
 * bridging days and the weekends swapped for them (调休), is not here.
 *
 * <p>Art. 2 as in force for the year:
 * <ul>
 * <li>元旦 1 January;</li>
 * <li>春节: 除夕, 正月初一 and 初二 (2007 text, 2008–2013); 正月初一 to 初三 (2013 text, 2014–2024); 除夕 and 正月初一 to
 * 初三 (2024 text, from 2025). 除夕 is the last day of the twelfth lunar month, the 29th or the 30th;</li>
 * <li>清明节 on the day of the solar term 清明 ({@link SolarTerms});</li>
 * <li>劳动节 1 May, and from 2025 also 2 May;</li>
 * <li>端午节 on 五月初五 and 中秋节 on 八月十五 ({@link LunarDates});</li>
 * <li>国庆节 1 to 3 October.</li>
 * </ul>
 *
 * <p>Art. 6: a full-population festival day (全体公民放假的假日) that falls on a Saturday or Sunday is made up on a
 * working day (应当在工作日补假). The decree does not say which; Fuyi takes, festival day by festival day in date
 * order, the first Monday to Friday after it that is neither a festival day nor already another day's substitute. The
 * notices of 2018–2026 all placed their substitute days so (checked in {@code StatutoryHolidaysTest}), but a notice
 * may place one elsewhere (the 2015 notice put the substitute for 中秋 on Sunday 27 September into the National Day
 * week), so a substitute day stays as provisional as the rest of an unpublished year. Two festivals on the same
 * weekday (中秋 on 1 October 2020, on 3 October 2028) owe no substitute under art. 6, which speaks only of weekends.
 *
 * <p>Years from 2008, when the 2007 text introduced 清明, 端午 and 中秋, to 2100; for other years the decree's days are
 * not computed.
 */
public final class StatutoryHolidays {

    public static final int FIRST_YEAR = 2008;
    public static final int LAST_YEAR = 2100;

    private static final Map<Integer, Map<LocalDate, SpecialDay>> CALENDAR_DAYS = new ConcurrentHashMap<>();

    private StatutoryHolidays() {
    }

    /** Whether the decree's days off are known for {@code year}. */
    public static boolean covers(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /**
     * The decree's days off in {@code year}: every festival day and every substitute day, in date order; two
     * festivals on one date are two entries.
     *
     * @throws IllegalArgumentException for a year the decree's days are not computed for
     */
    public static List<DecreeDay> of(int year) {
        if (!covers(year)) {
            throw new IllegalArgumentException("The decree's days off are computed for " + FIRST_YEAR + "–" + LAST_YEAR
                    + ", not " + year);
        }
        List<DecreeDay> festivalDays = festivalDays(year);
        List<DecreeDay> all = new ArrayList<>(festivalDays);
        all.addAll(substitutes(festivalDays));
        all.sort(Comparator.comparing(DecreeDay::date).thenComparing(DecreeDay::festival));
        return List.copyOf(all);
    }

    /**
     * The decree's days off in {@code year} as the calendar uses them, by date: festivals sharing a date are named
     * together (国庆节、中秋节); empty for a year the decree's days are not computed for.
     */
    static Map<LocalDate, SpecialDay> calendarDays(int year) {
        if (!covers(year)) {
            return Map.of();
        }
        return CALENDAR_DAYS.computeIfAbsent(year, StatutoryHolidays::computeCalendarDays);
    }

    private static Map<LocalDate, SpecialDay> computeCalendarDays(int year) {
        Map<LocalDate, List<DecreeDay>> byDate = new LinkedHashMap<>();
        for (DecreeDay d : of(year)) {
            byDate.computeIfAbsent(d.date(), k -> new ArrayList<>()).add(d);
        }
        Map<LocalDate, SpecialDay> days = new TreeMap<>();
        byDate.forEach((date, entries) -> {
            DecreeDay first = entries.get(0);
            if (first.isSubstitute()) {
                days.put(date, SpecialDay.substitute(date, first.festival().labelZh(), first.substituteFor()));
            } else {
                String names = entries.stream().map(e -> e.festival().labelZh()).collect(Collectors.joining("、"));
                days.put(date, SpecialDay.decree(date, names));
            }
        });
        return Collections.unmodifiableMap(days);
    }

    /** Art. 2: the festival days, in the article's order. */
    private static List<DecreeDay> festivalDays(int year) {
        List<DecreeDay> days = new ArrayList<>();
        days.add(DecreeDay.festivalDay(LocalDate.of(year, Month.JANUARY, 1), Festival.NEW_YEAR));

        LocalDate newYear = LunarDates.newYear(year);
        LocalDate firstSpringDay = year >= 2014 && year <= 2024 ? newYear : LunarDates.newYearsEve(year);
        LocalDate lastSpringDay = year <= 2013 ? newYear.plusDays(1) : newYear.plusDays(2);
        for (LocalDate d = firstSpringDay; !d.isAfter(lastSpringDay); d = d.plusDays(1)) {
            days.add(DecreeDay.festivalDay(d, Festival.SPRING_FESTIVAL));
        }

        days.add(DecreeDay.festivalDay(SolarTerms.qingming(year), Festival.QINGMING));

        days.add(DecreeDay.festivalDay(LocalDate.of(year, Month.MAY, 1), Festival.LABOUR_DAY));
        if (year >= 2025) {
            days.add(DecreeDay.festivalDay(LocalDate.of(year, Month.MAY, 2), Festival.LABOUR_DAY));
        }

        days.add(DecreeDay.festivalDay(LunarDates.date(year, 5, 5), Festival.DRAGON_BOAT));
        days.add(DecreeDay.festivalDay(LunarDates.date(year, 8, 15), Festival.MID_AUTUMN));
        for (int day = 1; day <= 3; day++) {
            days.add(DecreeDay.festivalDay(LocalDate.of(year, Month.OCTOBER, day), Festival.NATIONAL_DAY));
        }
        return days;
    }

    /** Art. 6: for each festival day on a weekend, the first weekday after it not yet off. */
    private static List<DecreeDay> substitutes(List<DecreeDay> festivalDays) {
        List<DecreeDay> ordered = new ArrayList<>(festivalDays);
        ordered.sort(Comparator.comparing(DecreeDay::date).thenComparing(DecreeDay::festival));
        Set<LocalDate> off = new HashSet<>();
        festivalDays.forEach(d -> off.add(d.date()));
        List<DecreeDay> substitutes = new ArrayList<>();
        for (DecreeDay festivalDay : ordered) {
            if (!Weekdays.isWeekend(festivalDay.date())) {
                continue;
            }
            LocalDate day = festivalDay.date().plusDays(1);
            while (Weekdays.isWeekend(day) || off.contains(day)) {
                day = day.plusDays(1);
            }
            off.add(day);
            substitutes.add(DecreeDay.substitute(day, festivalDay.festival(), festivalDay.date()));
        }
        return substitutes;
    }
}
