package cn.fuyi.reminder;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.fuyi.common.CodeListContributor;
import cn.fuyi.common.Labelled;

/** The reminders' fixed code lists. */
@ApplicationScoped
public class ReminderCodeLists implements CodeListContributor {

    @Override
    public Map<String, Class<? extends Labelled>> codeLists() {
        Map<String, Class<? extends Labelled>> m = new LinkedHashMap<>();
        m.put("REMINDER_POINT", ReminderPoint.class);
        m.put("REMINDER_CHANNEL", ReminderChannel.class);
        m.put("REMINDER_STATUS", ReminderStatus.class);
        m.put("OTHER_DEADLINE_KIND", OtherDeadlineKind.class);
        return m;
    }
}
