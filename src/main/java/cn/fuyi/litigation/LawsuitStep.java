package cn.fuyi.litigation;

import static cn.fuyi.litigation.LawsuitState.ACTIVE;
import static cn.fuyi.litigation.LawsuitState.APPEALED;
import static cn.fuyi.litigation.LawsuitState.DECIDED;
import static cn.fuyi.litigation.LawsuitState.FINAL;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.fuyi.lifecycle.Lifecycle;
import cn.fuyi.lifecycle.LifecycleStep;

/** Every named step of a lawsuit, with the states it may start from and where it leads; checked in one place. */
public enum LawsuitStep implements LifecycleStep<LawsuitState> {
    REGISTER("登记应诉案件", "Lawsuit registered", "ALL 26", Set.of(), ACTIVE),
    UPDATE_DETAILS("更正案件信息", "Correct lawsuit details", null, EnumSet.allOf(LawsuitState.class), null),
    RECORD_SERVICE("收到起诉状副本", "Complaint served", "ALL 67", Set.of(ACTIVE), null),
    RECORD_REPORT("机关报备", "Reported to the bureau", null, EnumSet.allOf(LawsuitState.class), null),
    SUBMIT_DEFENCE("提交答辩状及证据", "Defence and evidence submitted", "ALL 67", Set.of(ACTIVE), null),
    HOLD_SESSION("开庭", "Court session", "法释〔2020〕3号", Set.of(ACTIVE), null),
    RECORD_COURT_EXCLUSION("记录不计入审限的期间", "Record a period the court does not count", "法释〔2018〕1号 art. 50", Set.of(ACTIVE), null),
    CORRECT_ATTENDANCE("更正出庭情况", "Correct attendance", "法释〔2020〕3号", EnumSet.allOf(LawsuitState.class), null),
    RECORD_OUTCOME("记录裁判结果", "Record the outcome", "ALL 58-89", Set.of(ACTIVE), DECIDED),
    BECOME_FINAL("裁判生效", "Outcome final", "ALL 85", Set.of(DECIDED), FINAL),
    APPEAL_FILED("提起上诉", "Appeal filed", "ALL 85", Set.of(DECIDED), APPEALED),
    RETRIAL_FILED("进入再审", "Retrial opened", "ALL 90-93", Set.of(FINAL, APPEALED), null);

    private final String zh;
    private final String en;
    private final String article;
    private final Set<LawsuitState> from;
    private final LawsuitState to;

    LawsuitStep(String zh, String en, String article, Set<LawsuitState> from, LawsuitState to) {
        this.zh = zh;
        this.en = en;
        this.article = article;
        this.from = from.isEmpty() ? Set.of() : EnumSet.copyOf(from);
        this.to = to;
    }

    @Override
    public String labelZh() {
        return zh;
    }

    @Override
    public String labelEn() {
        return en;
    }

    @Override
    public String article() {
        return article;
    }

    @Override
    public boolean allowedFrom(LawsuitState state) {
        return from.contains(state);
    }

    @Override
    public LawsuitState target(LawsuitState current) {
        return to == null ? current : to;
    }

    /** Steps taken by registering, updating or continuing a lawsuit, never POSTed as transitions. */
    private static final Set<LawsuitStep> IMPLICIT = Set.of(REGISTER, UPDATE_DETAILS, APPEAL_FILED, RETRIAL_FILED);

    /** The steps a client may POST on a lawsuit in {@code state}. */
    public static List<LawsuitStep> allowedIn(LawsuitState state) {
        return Lifecycle.allowedIn(LawsuitStep.class, state, IMPLICIT);
    }

    /** Every step a client can POST, in table order. */
    public static List<LawsuitStep> postable() {
        return java.util.Arrays.stream(values()).filter(t -> !IMPLICIT.contains(t)).toList();
    }
}
