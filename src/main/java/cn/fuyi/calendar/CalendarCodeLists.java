package cn.fuyi.calendar;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.fuyi.common.CodeListContributor;
import cn.fuyi.common.Labelled;

/** The calendar's fixed code lists. */
@ApplicationScoped
public class CalendarCodeLists implements CodeListContributor {

    @Override
    public Map<String, Class<? extends Labelled>> codeLists() {
        return Map.of("PERIOD_UNIT", PeriodUnit.class, "CALENDAR_DAY_KIND", DayType.class,
                "CALENDAR_SOURCE", CalendarSource.class, "CALENDAR_DAY_SOURCE", DaySource.class,
                "STATUTORY_FESTIVAL", Festival.class);
    }
}
