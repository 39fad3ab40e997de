package cn.fuyi.statistics.aggregate.litigation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

import cn.fuyi.litigation.Instance;
import cn.fuyi.litigation.outcome.Outcome;
import cn.fuyi.statistics.Count;

/**
 * The measures the litigation aggregates count per organ and month, and how the litigation counts of a period of whole
 * months are read from them. Each measure is the flow of one condition of {@code LitigationSql} on the day it happens,
 * so that a period's figure is a sum of months:
 * <ul>
 * <li>{@code FILED:<instance>} lawsuits docketed (suits, per instance, 行政应诉案件数) and {@code FILED_COUNSEL} those with
 * government counsel, in the month of {@code filed_date};</li>
 * <li>{@code DECIDED:<instance>:<outcome or ->} lawsuits decided (审结), in the month of {@code outcome_date}; the loss
 * rate (败诉率) counts the first-instance ones whose outcome {@code Outcome.loss()} says is a loss, over those with an
 * outcome; {@code DECIDED_WITHDRAWN_ACT} those withdrawn after the act changed;</li>
 * <li>{@code CLOSED} lawsuits both docketed and decided, in the month of the later of the two days. The stocks are
 * cumulative flows: carried over into a period starting in month M = docketed before M − closed before M (docketed
 * before the period and not decided before it); pending at the end of month N = docketed up to N − closed up to N;</li>
 * <li>{@code SESSIONS}, {@code SESSIONS_HEAD}, {@code NOTICES}, {@code NOTICES_HONOURED}: sessions held, sessions with a
 * head appearing (出庭应诉), the court's notices to a head and those honoured, in the month of the session;</li>
 * <li>{@code STATE:<next month or ->:<flags>}: a lawsuit in the month of each of its sessions, with the month of its
 * next session and the head flags over its sessions up to the month's end (法释〔2020〕3号 art. 7 ¶1: one attended
 * session counts for the instance, unless a notified head stayed away later). A lawsuit had a session in months M..N
 * when its last session up to N is in M..N: the states in M..N whose next session is after N (or none), with the
 * flags they carry;</li>
 * <li>{@code REC_JUDICIAL}, {@code REC_PROCURATORIAL} recommendations received (司法建议, 检察建议) and
 * {@code REC_ANSWERED} those answered, in the month of the day.</li>
 * </ul>
 */
public final class Measures {

    public static final String FILED = "FILED:";
    public static final String FILED_COUNSEL = "FILED_COUNSEL";
    public static final String DECIDED = "DECIDED:";
    public static final String DECIDED_WITHDRAWN_ACT = "DECIDED_WITHDRAWN_ACT";
    public static final String CLOSED = "CLOSED";
    public static final String SESSIONS = "SESSIONS";
    public static final String SESSIONS_HEAD = "SESSIONS_HEAD";
    public static final String NOTICES = "NOTICES";
    public static final String NOTICES_HONOURED = "NOTICES_HONOURED";
    public static final String STATE = "STATE:";
    public static final String REC_JUDICIAL = "REC_JUDICIAL";
    public static final String REC_PROCURATORIAL = "REC_PROCURATORIAL";
    public static final String REC_ANSWERED = "REC_ANSWERED";
    static final String NONE = "-";

    private Measures() {
    }

    static String filed(Instance i) {
        return FILED + i.name();
    }

    static String decided(Instance i, Outcome o) {
        return DECIDED + i.name() + ":" + (o == null ? NONE : o.name());
    }

    static String state(YearMonth next, int flags) {
        return STATE + (next == null ? NONE : next.toString()) + ":" + flags;
    }

    /** Whether a period is made of whole calendar months, so the aggregates can answer it. */
    public static boolean wholeMonths(LocalDate from, LocalDate to) {
        return from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.lengthOfMonth() && !to.isBefore(from);
    }

    /**
     * The litigation counts of the months {@code first}..{@code last} from the cells of those months and of every month
     * before them (the stocks need those), and when {@code outcomes} is given the lawsuits decided per outcome and
     * instance added into it. Cells of other months are ignored; a negative cell takes a subject out.
     */
    public static Map<Count, Long> counts(Iterable<Cell> cells, YearMonth first, YearMonth last,
            Map<Outcome, Map<Instance, Long>> outcomes) {
        Map<Count, Long> c = new EnumMap<>(Count.class);
        for (Count k : Count.ofSource(Count.Source.LITIGATION)) {
            c.put(k, 0L);
        }
        for (Cell cell : cells) {
            boolean before = cell.month().isBefore(first);
            boolean upToEnd = !cell.month().isAfter(last);
            boolean in = upToEnd && !before;
            String m = cell.measure();
            long n = cell.n();
            if (m.startsWith(FILED)) {
                if (in) {
                    add(c, Count.SUITS, n);
                    add(c, switch (Instance.valueOf(m.substring(FILED.length()))) {
                        case FIRST -> Count.SUITS_FIRST_INSTANCE;
                        case APPEAL -> Count.SUITS_APPEAL;
                        case RETRIAL -> Count.SUITS_RETRIAL;
                    }, n);
                }
                if (before) {
                    add(c, Count.SUITS_CARRIED_OVER_IN, n);
                }
                if (upToEnd) {
                    add(c, Count.SUITS_PENDING, n);
                }
            } else if (m.equals(CLOSED)) {
                if (before) {
                    add(c, Count.SUITS_CARRIED_OVER_IN, -n);
                }
                if (upToEnd) {
                    add(c, Count.SUITS_PENDING, -n);
                }
            } else if (!in) {
                continue;
            } else if (m.equals(FILED_COUNSEL)) {
                add(c, Count.SUITS_WITH_COUNSEL, n);
            } else if (m.startsWith(DECIDED)) {
                String[] p = m.split(":");
                Instance instance = Instance.valueOf(p[1]);
                Outcome outcome = p[2].equals(NONE) ? null : Outcome.valueOf(p[2]);
                add(c, Count.SUITS_CONCLUDED, n);
                if (instance == Instance.FIRST && outcome != null) {
                    add(c, Count.FIRST_INSTANCE_CONCLUDED, n);
                    add(c, Count.SUITS_LOST, outcome.loss() ? n : 0);
                    add(c, Count.MERITS_JUDGMENTS, outcome.merits() ? n : 0);
                }
                if (outcomes != null && outcome != null) {
                    outcomes.get(outcome).merge(instance, n, Long::sum);
                }
            } else if (m.equals(DECIDED_WITHDRAWN_ACT)) {
                add(c, Count.WITHDRAWN_AFTER_ACT_CHANGED, n);
            } else if (m.equals(SESSIONS)) {
                add(c, Count.SESSIONS, n);
            } else if (m.equals(SESSIONS_HEAD)) {
                add(c, Count.SESSIONS_HEAD_APPEARED, n);
            } else if (m.equals(NOTICES)) {
                add(c, Count.HEAD_NOTICES, n);
            } else if (m.equals(NOTICES_HONOURED)) {
                add(c, Count.HEAD_NOTICES_HONOURED, n);
            } else if (m.startsWith(STATE)) {
                String[] p = m.split(":");
                if (p[1].equals(NONE) || YearMonth.parse(p[1]).isAfter(last)) {
                    int f = Integer.parseInt(p[2]);
                    add(c, Count.SUITS_WITH_SESSION, n);
                    add(c, Count.SUITS_HEAD_APPEARED, (f & 1) == 1 ? n : 0);
                    add(c, Count.SUITS_PRINCIPAL_APPEARED, (f & 2) == 2 ? n : 0);
                    add(c, Count.SUITS_HEAD_SPOKE, (f & 4) == 4 ? n : 0);
                    add(c, Count.SUITS_HEAD_ABSENT_WHEN_NOTIFIED_AGAIN, (f & 9) == 8 ? n : 0);
                }
            } else if (m.equals(REC_JUDICIAL)) {
                add(c, Count.JUDICIAL_RECOMMENDATIONS, n);
            } else if (m.equals(REC_PROCURATORIAL)) {
                add(c, Count.PROCURATORIAL_RECOMMENDATIONS, n);
            } else if (m.equals(REC_ANSWERED)) {
                add(c, Count.RECOMMENDATIONS_ANSWERED, n);
            }
        }
        return c;
    }

    private static void add(Map<Count, Long> c, Count k, long n) {
        c.merge(k, n, Long::sum);
    }
}
