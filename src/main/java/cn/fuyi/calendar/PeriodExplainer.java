package cn.fuyi.calendar;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.fuyi.common.Messages;

/** Says in a sentence or two how a statutory period was computed, in Chinese or English. */
final class PeriodExplainer {

    private PeriodExplainer() {
    }

    static String explain(PeriodResult r, Locale locale) {
        StringBuilder sb = new StringBuilder();
        String start = r.start().toString();
        if (r.unit() == PeriodUnit.WORKING_DAYS) {
            sb.append(Messages.get(locale, "calendar.explain.WORKING_DAYS", start, r.amount(), r.skippedDays().size(),
                    r.due().toString()));
        } else {
            String extra = r.extraCalendarDays() == 0 ? ""
                    : Messages.get(locale, "calendar.explain.extra", r.extraCalendarDays());
            sb.append(Messages.get(locale, "calendar.explain." + r.unit().name(), start, r.amount(), extra,
                    r.rawEnd().toString()));
            if (r.movedPastHoliday()) {
                sb.append(Messages.get(locale, "calendar.explain.moved", reason(r.skippedDays().get(0), locale),
                        r.due().toString()));
            } else {
                sb.append(Messages.get(locale, "calendar.explain.notMoved"));
            }
        }
        // years the decree covers still have their festival days; earlier ones only their weekends
        List<Integer> decreeYears = r.provisionalYears().stream().filter(StatutoryHolidays::covers).toList();
        List<Integer> bareYears = r.provisionalYears().stream().filter(y -> !StatutoryHolidays.covers(y)).toList();
        if (!bareYears.isEmpty()) {
            sb.append(Messages.get(locale, "calendar.explain.provisional", years(bareYears, locale)));
        }
        if (!decreeYears.isEmpty()) {
            sb.append(Messages.get(locale, "calendar.explain.provisionalDecree", years(decreeYears, locale)));
        }
        return sb.toString();
    }

    private static String years(List<Integer> years, Locale locale) {
        String separator = Messages.isEnglish(locale) ? ", " : "、";
        return years.stream().map(String::valueOf).collect(Collectors.joining(separator));
    }

    /** The skipped day's reason, with the weekday in the caller's language when it is a plain weekend day. */
    static String reason(SkippedDay day, Locale locale) {
        LocalDate d = day.date();
        if (Messages.isEnglish(locale) && day.reason().equals(Weekdays.zh(d.getDayOfWeek()))) {
            return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
        return day.reason();
    }
}
