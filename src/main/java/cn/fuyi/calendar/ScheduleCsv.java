package cn.fuyi.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.CsvFiles;
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

    private static final CSVFormat FORMAT = CsvFiles.READ.builder().setCommentMarker('#').get();

    private ScheduleCsv() {
    }

    /**
     * Reads the text with Apache Commons CSV ({@code #} comments, blank lines skipped, quoted fields allowed).
     *
     * @throws ApiException 400 VALIDATION_FAILED naming every line that cannot be read or belongs to another year
     */
    public static Parsed parse(String text, int year, boolean published) {
        List<String> urls = new ArrayList<>();
        List<SpecialDay> days = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        String body = text == null ? "" : text.replace("\uFEFF", "");
        try (CSVParser parser = CSVParser.parse(body, FORMAT)) {
            String[] physical = body.split("\\r\\n|\\n|\\r", -1);
            long lineBefore = 0;
            for (CSVRecord record : parser) {
                int lineNo = firstLine(physical, lineBefore);
                lineBefore = parser.getCurrentLineNumber();
                notices(record.getComment(), year, urls);
                if (record.size() > 0 && record.get(0).toLowerCase(Locale.ROOT).equals("date")) {
                    continue;
                }
                SpecialDay day = row(record, lineNo, year, errors);
                if (day != null) {
                    days.add(day);
                    lines.add(lineNo);
                }
            }
            notices(parser.getTrailerComment(), year, urls);
        } catch (IOException | UncheckedIOException e) {
            errors.add(new FieldError("file", "CALENDAR_CSV_ROW", null, new Object[] { e.getMessage() }));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "VALIDATION_FAILED", errors);
        }
        return new Parsed(new YearSchedule(year, published, urls, days), lines);
    }

    /** The line a record starts on: the first line after the previous record that is neither blank nor a comment. */
    private static int firstLine(String[] all, long linesBefore) {
        // Commons CSV counts lines consumed, not the line a record starts on; skipped blank and comment lines lie
        // between the previous record's end and this one's start.
        int line = (int) linesBefore;
        while (line < all.length && (all[line].isBlank() || all[line].strip().startsWith("#"))) {
            line++;
        }
        return line + 1;
    }

    private static void notices(String comment, int year, List<String> urls) {
        if (comment == null) {
            return;
        }
        for (String c : comment.split("\\n")) {
            Matcher m = NOTICES.matcher("#" + c.strip());
            if (m.matches() && Integer.parseInt(m.group(1)) == year && !m.group(2).isBlank()) {
                urls.addAll(List.of(m.group(2).strip().split("\\s+")));
            }
        }
    }

    private static SpecialDay row(CSVRecord record, int lineNo, int year, List<FieldError> errors) {
        String field = "line " + lineNo;
        String line = String.join(",", record.values());
        String[] cells = record.values();
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
