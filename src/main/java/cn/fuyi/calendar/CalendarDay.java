package cn.fuyi.calendar;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A date a State Council notice names, filed under the notice's year (which may be the following year). */
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends PanacheEntityBase {

    @Id
    public LocalDate day;
    /** The year of the notice that names this day. */
    public int year;
    @Enumerated(EnumType.STRING)
    public DayType kind;
    public String holiday;

    public static List<CalendarDay> ofNoticeYear(int year) {
        return list("from CalendarDay d where d.year = ?1 order by d.day", year);
    }

    public SpecialDay toSpecialDay() {
        return new SpecialDay(day, kind, holiday);
    }
}
