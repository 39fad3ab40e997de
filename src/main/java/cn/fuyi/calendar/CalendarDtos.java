package cn.fuyi.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.fuyi.common.Messages;

/** Request and response bodies of the working-day calendar. */
public final class CalendarDtos {

    private CalendarDtos() {
    }

    @Schema(name = "CalendarYearSummary", description = "A year of the calendar without its days")
    public record YearSummaryView(
            @Schema(examples = "2026") int year,
            @Schema(description = "Whether the State Council's notice is published; deadlines reaching an unpublished year are provisional") boolean published,
            List<String> noticeUrls,
            @Schema(description = "Number of statutory days off") long daysOff,
            @Schema(description = "Number of make-up working days (调休上班)") long makeUpDays,
            CalendarSource source, String sourceLabel, String updatedBy, Instant updatedAt, long version) {

        static YearSummaryView of(CalendarService.YearOverview o) {
            CalendarYear y = o.year();
            return new YearSummaryView(y.year, y.published, y.noticeUrlList(), o.daysOff(), o.makeUpDays(), y.source,
                    y.source.labelZh(), y.updatedBy, y.updatedAt, y.version);
        }
    }

    @Schema(name = "CalendarYear", description = "A year of the calendar with every date its notice names")
    public record YearView(
            @Schema(examples = "2026") int year, boolean published, List<String> noticeUrls,
            long daysOff, long makeUpDays, CalendarSource source, String sourceLabel, String updatedBy,
            Instant updatedAt, long version,
            @Schema(description = "The notice's dates in order; may begin in the previous December") List<YearDayView> days) {

        static YearView of(CalendarYear y, List<CalendarDay> days) {
            long off = days.stream().filter(d -> d.kind == DayType.OFF).count();
            return new YearView(y.year, y.published, y.noticeUrlList(), off, days.size() - off, y.source,
                    y.source.labelZh(), y.updatedBy, y.updatedAt, y.version, days.stream().map(YearDayView::of).toList());
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
            @Schema(description = "Why the date is or is not a working day, in the caller's language", examples = "调休上班（春节）") String reason,
            @Schema(description = "The date's year has no published notice, so this answer may change") boolean provisional) {

        static DateView of(LocalDate d, WorkingDayCalendar cal, Locale locale) {
            SpecialDay special = cal.specialDay(d).orElse(null);
            String reason;
            if (special != null) {
                reason = Messages.get(locale, "calendar.reason." + special.type().name(), special.holiday());
            } else {
                reason = Messages.get(locale, cal.isWorkingDay(d) ? "calendar.reason.WEEKDAY" : "calendar.reason.WEEKEND");
            }
            return new DateView(d, d.getDayOfWeek(), Weekdays.zh(d.getDayOfWeek()), cal.isWorkingDay(d),
                    special == null ? null : special.type(), special == null ? null : special.type().labelZh(),
                    special == null ? null : special.holiday(), reason, !cal.isPublished(d.getYear()));
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
            @Schema(description = "The holiday, or the weekday of an ordinary weekend day", examples = "春节") String reason) {

        static SkippedDayView of(SkippedDay s, Locale locale) {
            return new SkippedDayView(s.date(), s.date().getDayOfWeek(), PeriodExplainer.reason(s, locale));
        }
    }
}
