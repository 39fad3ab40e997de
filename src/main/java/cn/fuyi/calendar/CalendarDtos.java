package cn.fuyi.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.fuyi.common.Labelled;
import cn.fuyi.common.Messages;

/** Request and response bodies of the working-day calendar. */
public final class CalendarDtos {

    private static final String DECREE_APPLIES = "The notice is not published, so the calendar counts the days off that "
            + "全国年节及纪念日放假办法 fixes for this year (its festival days and their art. 6 substitute days) besides any "
            + "dates loaded for it; the bridging days and make-up working days are unknown";

    private CalendarDtos() {
    }

    /** The label in the caller's language; null for no code. */
    private static String label(Labelled l, Locale locale) {
        return l == null ? null : Messages.isEnglish(locale) ? l.labelEn() : l.labelZh();
    }

    @Schema(name = "CalendarYearSummary", description = "A year of the calendar without its days")
    public record YearSummaryView(
            @Schema(examples = "2026") int year,
            @Schema(description = "Whether the State Council's notice is published; deadlines reaching an unpublished year are provisional") boolean published,
            List<String> noticeUrls,
            @Schema(description = "Number of statutory days off") long daysOff,
            @Schema(description = "Number of make-up working days (调休上班)") long makeUpDays,
            @Schema(description = DECREE_APPLIES) boolean decreeApplies,
            CalendarSource source, String sourceLabel, String updatedBy, Instant updatedAt, long version) {

        static YearSummaryView of(CalendarService.YearOverview o) {
            CalendarYear y = o.year();
            return new YearSummaryView(y.year, y.published, y.noticeUrlList(), o.daysOff(), o.makeUpDays(),
                    decreeAppliesTo(y), y.source, y.source.labelZh(), y.updatedBy, y.updatedAt, y.version);
        }
    }

    private static boolean decreeAppliesTo(CalendarYear y) {
        return !y.published && StatutoryHolidays.covers(y.year);
    }

    @Schema(name = "CalendarYear", description = "A year of the calendar with every date its notice names")
    public record YearView(
            @Schema(examples = "2026") int year, boolean published, List<String> noticeUrls,
            long daysOff, long makeUpDays,
            @Schema(description = DECREE_APPLIES) boolean decreeApplies,
            CalendarSource source, String sourceLabel, String updatedBy,
            Instant updatedAt, long version,
            @Schema(description = "The notice's dates in order; may begin in the previous December") List<YearDayView> days,
            @Schema(description = "The days off 全国年节及纪念日放假办法 fixes for the year (art. 2 festival days, art. 6 "
                    + "substitute days), in order, each saying whether the year's dates give it off; empty for years "
                    + "before " + StatutoryHolidays.FIRST_YEAR) List<DecreeDayView> decreeDays) {

        static YearView of(CalendarYear y, List<CalendarDay> days, Locale locale) {
            long off = days.stream().filter(d -> d.kind == DayType.OFF).count();
            Set<LocalDate> daysOff = new HashSet<>();
            days.stream().filter(d -> d.kind == DayType.OFF).forEach(d -> daysOff.add(d.day));
            List<DecreeDayView> decree = !StatutoryHolidays.covers(y.year) ? List.of()
                    : StatutoryHolidays.of(y.year).stream()
                            .map(d -> DecreeDayView.of(d, daysOff.contains(d.date()), locale)).toList();
            return new YearView(y.year, y.published, y.noticeUrlList(), off, days.size() - off, decreeAppliesTo(y),
                    y.source, y.source.labelZh(), y.updatedBy, y.updatedAt, y.version,
                    days.stream().map(YearDayView::of).toList(), decree);
        }
    }

    @Schema(name = "CalendarDecreeDay", description = "A day off 全国年节及纪念日放假办法 fixes: a festival day (art. 2) or "
            + "the substitute working day for a festival day on a weekend (art. 6, the first weekday after it not yet off)")
    public record DecreeDayView(
            @Schema(examples = "2027-10-04") LocalDate date,
            DayOfWeek weekday,
            @Schema(examples = "周一") String weekdayLabel,
            Festival festival,
            @Schema(examples = "国庆节") String holiday,
            @Schema(description = "DECREE for a festival day, DECREE_SUBSTITUTE for a substitute day") DaySource source,
            @Schema(description = "The source, in the caller's language") String sourceLabel,
            @Schema(description = "For a substitute day: the festival day on a weekend it makes up for", examples = "2027-10-02")
            LocalDate substituteFor,
            @Schema(description = "Whether the year's dates (its notice) list this date as a day off") boolean namedByNotice) {

        static DecreeDayView of(DecreeDay d, boolean namedByNotice, Locale locale) {
            return new DecreeDayView(d.date(), d.date().getDayOfWeek(), Weekdays.zh(d.date().getDayOfWeek()),
                    d.festival(), d.festival().labelZh(), d.source(), label(d.source(), locale), d.substituteFor(),
                    namedByNotice);
        }
    }

    @Schema(name = "CalendarYearDay", description = "A date a holiday notice names")
    public record YearDayView(
            @Schema(examples = "2026-02-14") LocalDate date,
            DayType kind,
            @Schema(examples = "调休上班") String kindLabel,
            @Schema(examples = "春节") String holiday,
            DayOfWeek weekday,
            @Schema(examples = "周六") String weekdayLabel) {

        static YearDayView of(CalendarDay d) {
            return new YearDayView(d.day, d.kind, d.kind.labelZh(), d.holiday, d.day.getDayOfWeek(),
                    Weekdays.zh(d.day.getDayOfWeek()));
        }
    }

    @Schema(name = "CalendarYearInput", description = "A year's whole schedule; replaces every date the year had")
    public record YearInput(
            @NotNull @Schema(description = "Whether the State Council's notice is published") Boolean published,
            @Schema(description = "The notice's URLs", examples = "[\"https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm\"]")
            List<@NotBlank String> noticeUrls,
            @NotNull @Size(max = 400) List<@NotNull @Valid DayInput> days) {

        YearSchedule toSchedule(int year) {
            return new YearSchedule(year, published, noticeUrls,
                    days.stream().map(d -> new SpecialDay(d.date(), d.kind(), d.holiday().strip())).toList());
        }
    }

    @Schema(name = "CalendarDayInput")
    public record DayInput(
            @NotNull @Schema(examples = "2028-01-01") LocalDate date,
            @NotNull DayType kind,
            @NotBlank @Size(max = YearSchedule.MAX_HOLIDAY_LENGTH) @Schema(examples = "元旦") String holiday) {
    }

    @Schema(name = "CalendarDate", description = "Whether a date is a working day, and why")
    public record DateView(
            LocalDate date, DayOfWeek weekday, @Schema(examples = "周六") String weekdayLabel,
            boolean working,
            @Schema(description = "Set when a holiday notice names the date") DayType kind,
            String kindLabel,
            @Schema(examples = "春节") String holiday,
            @Schema(description = "Who makes the date a day off or a make-up working day: the year's notice, or for a year "
                    + "whose notice is not published the holidays decree (a festival day, or an art. 6 substitute day)")
            DaySource source,
            @Schema(description = "The source, in the caller's language") String sourceLabel,
            @Schema(description = "For an art. 6 substitute day: the festival day on a weekend it makes up for") LocalDate substituteFor,
            @Schema(description = "Why the date is or is not a working day, in the caller's language", examples = "调休上班（春节）") String reason,
            @Schema(description = "The date's year has no published notice, so this answer may change; false for a festival "
                    + "day the decree fixes, which no notice can move") boolean provisional) {

        static DateView of(LocalDate d, WorkingDayCalendar cal, Locale locale) {
            SpecialDay special = cal.specialDay(d).orElse(null);
            String reason;
            if (special == null) {
                reason = Messages.get(locale, cal.isWorkingDay(d) ? "calendar.reason.WEEKDAY" : "calendar.reason.WEEKEND");
            } else if (special.source() == DaySource.NOTICE) {
                reason = Messages.get(locale, "calendar.reason." + special.type().name(), special.holiday());
            } else {
                reason = Messages.get(locale, "calendar.reason." + special.source().name(), special.holiday(),
                        String.valueOf(special.substituteFor()));
            }
            boolean fixedByDecree = special != null && special.source() == DaySource.DECREE;
            return new DateView(d, d.getDayOfWeek(), Weekdays.zh(d.getDayOfWeek()), cal.isWorkingDay(d),
                    special == null ? null : special.type(), special == null ? null : special.type().labelZh(),
                    special == null ? null : special.holiday(), special == null ? null : special.source(),
                    special == null ? null : label(special.source(), locale),
                    special == null ? null : special.substituteFor(), reason,
                    !cal.isPublished(d.getYear()) && !fixedByDecree);
        }
    }

    @Schema(name = "StatutoryPeriodResult", description = "A statutory period, computed and explained")
    public record PeriodView(
            @Schema(description = "The day the period starts from; it is not counted") LocalDate start,
            PeriodUnit unit,
            @Schema(examples = "工作日") String unitLabel,
            int amount,
            @Schema(description = "Calendar days added to the period (extensions, suspensions)") int extraDays,
            @Schema(description = "The last day of the count, before the end-of-period rule") LocalDate rawEnd,
            @Schema(description = "The due date: the last day of the period") LocalDate due,
            @Schema(description = "Working days: every rest day counted over; calendar days and months: the rest days the end was moved over")
            List<SkippedDayView> skippedDays,
            @Schema(description = "The end fell on a rest day and was moved to the next working day") boolean movedPastHoliday,
            boolean provisional,
            @Schema(description = "Years the period reaches whose notice is not published") SortedSet<Integer> provisionalYears,
            @Schema(description = "How the due date was computed, in the caller's language") String explanation) {

        static PeriodView of(PeriodResult r, Locale locale) {
            return new PeriodView(r.start(), r.unit(), r.unit().labelZh(), r.amount(), r.extraCalendarDays(), r.rawEnd(),
                    r.due(), r.skippedDays().stream().map(s -> SkippedDayView.of(s, locale)).toList(),
                    r.movedPastHoliday(), r.provisional(), r.provisionalYears(), PeriodExplainer.explain(r, locale));
        }
    }

    @Schema(name = "SkippedDay", description = "A rest day and why it rests")
    public record SkippedDayView(
            LocalDate date, DayOfWeek weekday,
            @Schema(description = "The holiday, or the weekday of an ordinary weekend day", examples = "春节") String reason,
            @Schema(description = "Who gives the holiday: the year's notice, or the holidays decree for a year without one; "
                    + "absent for an ordinary weekend day") DaySource source,
            @Schema(description = "The source, in the caller's language") String sourceLabel) {

        static SkippedDayView of(SkippedDay s, Locale locale) {
            return new SkippedDayView(s.date(), s.date().getDayOfWeek(), PeriodExplainer.reason(s, locale), s.source(),
                    label(s.source(), locale));
        }
    }
}
