package cn.fuyi.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.FieldError;

/**
 * Reads one year's schedule from CSV in the layout of the bureau's reference file {@code cn-statutory-holidays.csv}:
 * a header {@code date,notice_year,holiday,kind}, one row per date with kind {@code off} or {@code workday}, and
 * {@code #} comment lines, of which {@code # 2026 notices: URL URL} gives the notice URLs.
 */
public final class ScheduleCsv {

    private static final Pattern NOTICES = Pattern.compile("#\\s*(\\d{4})\\s+notices?:\\s*(.*)");

    /** The schedule, and for each of its days the line of the file it came from. */
    public record Parsed(YearSchedule schedule, List<Integer> lines) {

        /** Validates the schedule, naming invalid days by their line. */
        public YearSchedule validated() {
            schedule.validate(i -> "line " + lines.get(i));
            return schedule;
        }
    }

    private ScheduleCsv() {
    }

    /**
     * @throws ApiException 400 VALIDATION_FAILED naming every line that cannot be read or belongs to another year
     */
    public static Parsed parse(String text, int year, boolean published) {
        List<String> urls = new ArrayList<>();
        List<SpecialDay> days = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        String[] raw = (text == null ? "" : text.replace("\uFEFF", "")).split("\\r?\\n|\\r");
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            int lineNo = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                Matcher m = NOTICES.matcher(line);
                if (m.matches() && Integer.parseInt(m.group(1)) == year && !m.group(2).isBlank()) {
                    urls.addAll(List.of(m.group(2).strip().split("\\s+")));
                }
                continue;
            }
            if (line.toLowerCase(Locale.ROOT).startsWith("date,")) {
                continue;
            }
            SpecialDay day = row(line, lineNo, year, errors);
            if (day != null) {
                days.add(day);
                lines.add(lineNo);
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "VALIDATION_FAILED", errors);
        }
        return new Parsed(new YearSchedule(year, published, urls, days), lines);
    }

    private static SpecialDay row(String line, int lineNo, int year, List<FieldError> errors) {
        String field = "line " + lineNo;
        String[] cells = line.split(",", -1);
        if (cells.length != 4) {
            errors.add(new FieldError(field, "CALENDAR_CSV_ROW", null, new Object[] { line }));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(cells[0].strip());
            int noticeYear = Integer.parseInt(cells[1].strip());
            DayType kind = DayType.valueOf(cells[3].strip().toUpperCase(Locale.ROOT));
            if (noticeYear != year) {
                errors.add(new FieldError(field, "CALENDAR_CSV_NOTICE_YEAR", null,
                        new Object[] { Integer.toString(noticeYear), Integer.toString(year) }));
                return null;
            }
            return new SpecialDay(date, kind, cells[2].strip());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            errors.add(new FieldError(field, "CALENDAR_CSV_ROW", null, new Object[] { line }));
            return null;
        }
    }
}
