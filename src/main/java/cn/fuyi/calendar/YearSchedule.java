package cn.fuyi.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.FieldError;

/**
 * One year's holiday schedule as the State Council's notice gives it, to be loaded or corrected by an administrator.
 * A notice may name days late in the previous December (the 2019 notice moved 2018-12-29 to 2018-12-31 for New
 * Year's Day); days off may fall on any weekday or weekend day. A make-up working day is a Saturday or Sunday, with
 * one exception the real notices contain: a weekday listed as the first working day after days off (the 2020
 * notice extending the Spring Festival listed Monday 2020-02-03 so). Any other working weekday is taken for a typo.
 */
public record YearSchedule(int year, boolean published, List<String> noticeUrls, List<SpecialDay> days) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final int MAX_HOLIDAY_LENGTH = 32;
    public static final int MAX_NOTICE_URLS_LENGTH = 1000;

    public YearSchedule {
        noticeUrls = noticeUrls == null ? List.of() : List.copyOf(noticeUrls);
        days = List.copyOf(days);
    }

    /** The notice URLs as the calendar_year table keeps them, separated by spaces; null when there are none. */
    public String joinedNoticeUrls() {
        return noticeUrls.isEmpty() ? null : String.join(" ", noticeUrls);
    }

    public static boolean inRange(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** Same as {@link #validate(IntFunction)} naming days as in JSON ({@code days[3]}). */
    public void validate() {
        validate(i -> "days[" + i + "]");
    }

    /**
     * Rejects what no notice can contain, all problems at once.
     *
     * @param dayField names the i-th day in error reports (a JSON path, or a CSV line)
     * @throws ApiException 400 CALENDAR_YEAR_OUT_OF_RANGE, or 400 VALIDATION_FAILED listing every invalid day
     */
    public void validate(IntFunction<String> dayField) {
        if (!inRange(year)) {
            throw ApiException.badRequest("CALENDAR_YEAR_OUT_OF_RANGE", Integer.toString(year));
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < noticeUrls.size(); i++) {
            String url = noticeUrls.get(i);
            if (url == null || !url.matches("https?://\\S+")) {
                errors.add(error("noticeUrls[" + i + "]", "CALENDAR_NOTICE_URL", String.valueOf(url)));
            }
        }
        String joined = joinedNoticeUrls();
        if (joined != null && joined.length() > MAX_NOTICE_URLS_LENGTH) {
            errors.add(error("noticeUrls", "CALENDAR_NOTICE_URLS_TOO_LONG", Integer.toString(MAX_NOTICE_URLS_LENGTH)));
        }
        Set<LocalDate> seen = new HashSet<>();
        Set<LocalDate> off = new HashSet<>();
        for (SpecialDay day : days) {
            if (day.type() == DayType.OFF) {
                off.add(day.date());
            }
        }
        for (int i = 0; i < days.size(); i++) {
            SpecialDay day = days.get(i);
            String field = dayField.apply(i);
            LocalDate date = day.date();
            if (!belongsToYear(date)) {
                errors.add(error(field + ".date", "CALENDAR_DAY_WRONG_YEAR", date.toString(), Integer.toString(year)));
            }
            if (!seen.add(date)) {
                errors.add(error(field + ".date", "CALENDAR_DAY_DUPLICATE", date.toString()));
            }
            if (day.type() == DayType.WORKDAY && !Weekdays.isWeekend(date) && !off.contains(date.minusDays(1))) {
                errors.add(error(field + ".kind", "CALENDAR_DAY_KIND_MISMATCH", date.toString(),
                        date.getDayOfWeek().getValue()));
            }
            String holiday = day.holiday();
            if (holiday.isBlank() || holiday.length() > MAX_HOLIDAY_LENGTH) {
                errors.add(error(field + ".holiday", "CALENDAR_HOLIDAY_NAME", Integer.toString(MAX_HOLIDAY_LENGTH)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "VALIDATION_FAILED", errors);
        }
    }

    private boolean belongsToYear(LocalDate date) {
        return date.getYear() == year || date.getYear() == year - 1 && date.getMonth() == Month.DECEMBER;
    }

    private static FieldError error(String field, String code, Object... args) {
        return new FieldError(Objects.requireNonNull(field), code, null, args);
    }
}
