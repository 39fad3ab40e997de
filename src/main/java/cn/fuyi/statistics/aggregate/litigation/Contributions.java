package cn.fuyi.statistics.aggregate.litigation;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.fuyi.litigation.Instance;
import cn.fuyi.litigation.outcome.Outcome;
import cn.fuyi.statistics.LitigationSql;

/**
 * What lawsuits and recommendations count for in the litigation aggregates, read from their rows now: per subject
 * its {@link Cell cells}. The conditions are those of {@code LitigationSql} (the same SQL for the counsel and the head
 * flags), applied to one subject instead of a period; {@link Measures} says how a period is read back from them.
 */
@ApplicationScoped
public class Contributions {

    /** How many subjects one query reads. */
    static final int CHUNK = 1000;

    @Inject
    EntityManager em;

    /** The cells of each subject that still exists (one absent from the map counts for nothing). */
    public Map<Subject, List<Cell>> of(Collection<Subject> subjects) {
        List<Long> lawsuits = new ArrayList<>();
        List<Long> recommendations = new ArrayList<>();
        for (Subject s : subjects) {
            (s.type() == Subject.LAWSUIT ? lawsuits : recommendations).add(s.id());
        }
        Map<Subject, List<Cell>> result = new HashMap<>();
        for (int i = 0; i < lawsuits.size(); i += CHUNK) {
            lawsuits(lawsuits.subList(i, Math.min(lawsuits.size(), i + CHUNK)), result);
        }
        for (int i = 0; i < recommendations.size(); i += CHUNK) {
            recommendations(recommendations.subList(i, Math.min(recommendations.size(), i + CHUNK)), result);
        }
        return result;
    }

    private void lawsuits(List<Long> ids, Map<Subject, List<Cell>> result) {
        Map<Long, Long> organs = new HashMap<>();
        Map<Long, Map<String, Cell>> cells = new TreeMap<>();
        List<?> rows = em.createNativeQuery("SELECT l.id, l.organ_id, l.instance, l.filed_date, l.outcome_date, l.outcome,"
                + " l.withdrawn_after_act_changed, CASE WHEN " + LitigationSql.lawsuitCounselCondition() + " THEN 1 ELSE 0 END"
                + " FROM lawsuit l WHERE l.id IN (:ids)").setParameter("ids", ids).getResultList();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            long id = number(r[0]);
            if (r[1] == null) {
                continue;
            }
            long organ = number(r[1]);
            organs.put(id, organ);
            Map<String, Cell> m = cells.computeIfAbsent(id, k -> new LinkedHashMap<>());
            Instance instance = Instance.valueOf((String) r[2]);
            LocalDate filed = date(r[3]);
            LocalDate decided = date(r[4]);
            Outcome outcome = r[5] == null ? null : Outcome.valueOf((String) r[5]);
            if (filed != null) {
                add(m, organ, filed, Measures.filed(instance), 1);
                if (number(r[7]) == 1) {
                    add(m, organ, filed, Measures.FILED_COUNSEL, 1);
                }
            }
            if (decided != null) {
                add(m, organ, decided, Measures.decided(instance, outcome), 1);
                if (flag(r[6])) {
                    add(m, organ, decided, Measures.DECIDED_WITHDRAWN_ACT, 1);
                }
                if (filed != null) {
                    add(m, organ, decided.isAfter(filed) ? decided : filed, Measures.CLOSED, 1);
                }
            }
        }
        // one row per session and defendant of the lawsuit, as the session pass reads them
        Map<Long, List<Attendance>> sessions = new HashMap<>();
        List<?> srows = em.createNativeQuery("SELECT s.lawsuit_id, d.id, s.id, s.session_date, " + LitigationSql.sessionFlags()
                + ", " + LitigationSql.headNotified() + " FROM court_session s JOIN lawsuit_defendant d ON d.lawsuit_id = s.lawsuit_id"
                + " LEFT JOIN session_appearance a ON a.session_id = s.id AND a.defendant_id = d.id AND a.superseded = FALSE"
                + " WHERE s.lawsuit_id IN (:ids)").setParameter("ids", ids).getResultList();
        for (Object o : srows) {
            Object[] r = (Object[]) o;
            sessions.computeIfAbsent(number(r[0]), k -> new ArrayList<>())
                    .add(new Attendance(number(r[1]), number(r[2]), date(r[3]), (int) number(r[4]), number(r[5]) == 1));
        }
        sessions.forEach((id, list) -> {
            Long organ = organs.get(id);
            if (organ != null) {
                sessionCells(organ, list, cells.computeIfAbsent(id, k -> new LinkedHashMap<>()));
            }
        });
        cells.forEach((id, m) -> result.put(Subject.lawsuit(id), new ArrayList<>(m.values())));
    }

    /** One attendance row: a defendant at a session, its flags ({@link LitigationSql#sessionFlags}) and the court's notice. */
    record Attendance(long defendant, long session, LocalDate date, int flags, boolean notified) {
    }

    /**
     * The session measures of one lawsuit: per month with a session, the events of the month and the lawsuit's state
     * at its end. Per defendant over the sessions up to then: the first day a head counted ({@code fh}) and the last
     * day a notified head stayed away ({@code lm}); a later absence after notice ({@code lm > fh}) makes the
     * defendant's flags 8 alone (法释〔2020〕3号 art. 7 ¶1, as in the session pass of {@code LitigationSql}).
     */
    static void sessionCells(long organ, List<Attendance> rows, Map<String, Cell> m) {
        TreeSet<YearMonth> months = new TreeSet<>();
        for (Attendance a : rows) {
            months.add(YearMonth.from(a.date()));
        }
        for (YearMonth month : months) {
            LocalDate end = month.atEndOfMonth();
            Map<Long, LocalDate> fh = new HashMap<>();
            Map<Long, LocalDate> lm = new HashMap<>();
            Map<Long, Integer> or = new HashMap<>();
            TreeSet<Long> held = new TreeSet<>();
            TreeSet<Long> withHead = new TreeSet<>();
            long notices = 0;
            long honoured = 0;
            for (Attendance a : rows) {
                if (a.date().isAfter(end)) {
                    continue;
                }
                or.merge(a.defendant(), a.flags(), (x, y) -> x | y);
                if (a.flags() > 0) {
                    fh.merge(a.defendant(), a.date(), (x, y) -> x.isBefore(y) ? x : y);
                } else if (a.notified()) {
                    lm.merge(a.defendant(), a.date(), (x, y) -> x.isAfter(y) ? x : y);
                }
                if (YearMonth.from(a.date()).equals(month)) {
                    held.add(a.session());
                    if (a.flags() > 0) {
                        withHead.add(a.session());
                    }
                    if (a.notified()) {
                        notices++;
                        if (a.flags() > 0) {
                            honoured++;
                        }
                    }
                }
            }
            int flags = 0;
            for (Map.Entry<Long, Integer> d : or.entrySet()) {
                LocalDate first = fh.get(d.getKey());
                LocalDate lastMissed = lm.get(d.getKey());
                flags |= first != null && lastMissed != null && lastMissed.isAfter(first) ? 8 : d.getValue();
            }
            LocalDate day = month.atDay(1);
            add(m, organ, day, Measures.SESSIONS, held.size());
            add(m, organ, day, Measures.SESSIONS_HEAD, withHead.size());
            add(m, organ, day, Measures.NOTICES, notices);
            add(m, organ, day, Measures.NOTICES_HONOURED, honoured);
            add(m, organ, day, Measures.state(months.higher(month), flags), 1);
        }
    }

    private void recommendations(List<Long> ids, Map<Subject, List<Cell>> result) {
        List<?> rows = em.createNativeQuery("SELECT rc.id, rc.organ_id, rc.kind, rc.received_date, rc.answered_date"
                + " FROM recommendation rc WHERE rc.id IN (:ids)").setParameter("ids", ids).getResultList();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            if (r[1] == null) {
                continue;
            }
            long organ = number(r[1]);
            Map<String, Cell> m = new LinkedHashMap<>();
            LocalDate received = date(r[3]);
            LocalDate answered = date(r[4]);
            if (received != null && "JUDICIAL".equals(r[2])) {
                add(m, organ, received, Measures.REC_JUDICIAL, 1);
            }
            if (received != null && "PROCURATORIAL".equals(r[2])) {
                add(m, organ, received, Measures.REC_PROCURATORIAL, 1);
            }
            if (answered != null) {
                add(m, organ, answered, Measures.REC_ANSWERED, 1);
            }
            result.put(Subject.recommendation(number(r[0])), new ArrayList<>(m.values()));
        }
    }

    private static void add(Map<String, Cell> m, long organ, LocalDate day, String measure, long n) {
        if (n == 0) {
            return;
        }
        Cell c = new Cell(organ, YearMonth.from(day), measure, n);
        m.merge(c.bucket(), c, (x, y) -> new Cell(organ, x.month(), measure, x.n() + y.n()));
    }

    static long number(Object o) {
        return o == null ? 0 : o instanceof Boolean b ? (b ? 1 : 0) : ((Number) o).longValue();
    }

    private static boolean flag(Object o) {
        return number(o) != 0;
    }

    static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : o instanceof Date d ? d.toLocalDate() : LocalDate.parse(o.toString().substring(0, 10));
    }
}
