package cn.fuyi.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.fuyi.calendar.SkippedDay;
import cn.fuyi.common.Labelled;
import cn.fuyi.common.Messages;

/** Turns computed deadlines into the API's explained view, in the caller's language. */
public final class DeadlineViews {

    private DeadlineViews() {
    }

    public static DeadlineView of(Deadline d, LocalDate asOf, Locale locale) {
        List<DeadlineView.ExclusionView> exclusions = d.exclusions().stream()
                .map(x -> new DeadlineView.ExclusionView(x.from(), x.to(), x.days(), x.reason().name(),
                        label(x.reason(), locale), x.ongoing()))
                .toList();
        List<DeadlineView.SkippedDayView> skipped = d.period() == null ? List.of()
                : d.period().skippedDays().stream().map(s -> new DeadlineView.SkippedDayView(s.date(), s.reason())).toList();
        Long remaining = d.status().pending() || d.status() == DeadlineStatus.PAUSED
                ? ChronoUnit.DAYS.between(asOf, d.due()) : null;
        String startLabel = Messages.get(locale, "deadline.start." + d.startEvent());
        return new DeadlineView(d.kind().name(), label(d.kind(), locale), d.refId(), d.article(),
                d.start(), d.startEvent(), startLabel, d.unit(), label(d.unit(), locale),
                d.amount(), d.beforeEvent(), d.extensionDays(), d.excludedDays(), exclusions,
                d.period() == null ? null : d.period().rawEnd(), d.due(), skipped,
                d.period() != null && d.period().movedPastHoliday(), d.provisional(), d.provisionalYears(),
                d.metOn(), d.status(), label(d.status(), locale), remaining,
                explain(d, startLabel, locale));
    }

    private static String label(Labelled l, Locale locale) {
        return Messages.isEnglish(locale) ? l.labelEn() : l.labelZh();
    }

    static String explain(Deadline d, String startLabel, Locale locale) {
        boolean en = Messages.isEnglish(locale);
        String unit = label(d.unit(), locale);
        StringBuilder sb = new StringBuilder();
        if (d.beforeEvent()) {
            sb.append(Messages.get(locale, "deadline.explain.before", d.start().toString(), Integer.toString(d.amount()),
                    unit, d.due().toString()));
        } else {
            sb.append(Messages.get(locale, "deadline.explain.start", d.start().toString(), startLabel,
                    Integer.toString(d.amount()), unit));
            if (d.extensionDays() > 0) {
                sb.append(Messages.get(locale, "deadline.explain.extension", Integer.toString(d.extensionDays())));
            }
            if (d.excludedDays() > 0) {
                sb.append(Messages.get(locale, "deadline.explain.excluded", Integer.toString(d.excludedDays())));
            }
            List<SkippedDay> skipped = d.period() == null ? List.of() : d.period().skippedDays();
            if (!skipped.isEmpty()) {
                Map<String, Long> byReason = skipped.stream()
                        .collect(Collectors.groupingBy(SkippedDay::reason, LinkedHashMap::new, Collectors.counting()));
                String reasons = byReason.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(en ? ", " : "、"));
                sb.append(Messages.get(locale, d.period().movedPastHoliday() ? "deadline.explain.moved" : "deadline.explain.skipped",
                        Integer.toString(skipped.size()), reasons, String.valueOf(d.period().rawEnd())));
            }
            sb.append(Messages.get(locale, "deadline.explain.due", d.due().toString()));
        }
        if (d.provisional()) {
            sb.append(Messages.get(locale, "deadline.explain.provisional", d.provisionalYears().stream()
                    .map(String::valueOf).collect(Collectors.joining(en ? ", " : "、"))));
        }
        sb.append(Messages.get(locale, "deadline.explain.article", d.article()));
        notes(d, locale).forEach(sb::append);
        return sb.toString();
    }

    /**
     * What the explanation must also say: where Fuyi reads the law (an interpretation) or where a setting decides
     * (the law is silent), looked up by kind and start event, kind and unit, and the kinds of days excluded.
     */
    private static java.util.Set<String> notes(Deadline d, Locale locale) {
        java.util.Set<String> notes = new java.util.LinkedHashSet<>();
        String kind = d.kind().name();
        for (String key : List.of(kind + "." + d.startEvent(), kind + "." + d.unit().name())) {
            String note = Messages.find(locale, "deadline.note." + key);
            if (note != null) {
                notes.add(note);
            }
        }
        for (Deadline.Exclusion x : d.exclusions()) {
            String note = Messages.find(locale, "deadline.note.exclusion." + x.reason().getClass().getSimpleName());
            if (note != null) {
                notes.add(note);
            }
        }
        return notes;
    }
}
