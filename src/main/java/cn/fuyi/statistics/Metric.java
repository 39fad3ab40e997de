package cn.fuyi.statistics;

import static cn.fuyi.statistics.Count.ACCEPTED;
import static cn.fuyi.statistics.Count.COMPREHENSIVE_CORRECTIONS;
import static cn.fuyi.statistics.Count.CONCLUDED;
import static cn.fuyi.statistics.Count.CONCLUDED_HEARD;
import static cn.fuyi.statistics.Count.DIRECT_CORRECTIONS;
import static cn.fuyi.statistics.Count.HEAD_NOTICES;
import static cn.fuyi.statistics.Count.HEAD_NOTICES_HONOURED;
import static cn.fuyi.statistics.Count.HEARD;
import static cn.fuyi.statistics.Count.MEDIATED;
import static cn.fuyi.statistics.Count.MERITS_JUDGMENTS;
import static cn.fuyi.statistics.Count.ON_TIME;
import static cn.fuyi.statistics.Count.PUBLICATION_REQUIRED;
import static cn.fuyi.statistics.Count.PUBLISHED;
import static cn.fuyi.statistics.Count.RESOLVED;
import static cn.fuyi.statistics.Count.SESSIONS;
import static cn.fuyi.statistics.Count.SESSIONS_HEAD_APPEARED;
import static cn.fuyi.statistics.Count.SUITS;
import static cn.fuyi.statistics.Count.FIRST_INSTANCE_CONCLUDED;
import static cn.fuyi.statistics.Count.SUITS_HEAD_APPEARED;
import static cn.fuyi.statistics.Count.SUITS_HEAD_SPOKE;
import static cn.fuyi.statistics.Count.SUITS_LOST;
import static cn.fuyi.statistics.Count.SUITS_PRINCIPAL_APPEARED;
import static cn.fuyi.statistics.Count.SUITS_WITH_COUNSEL;
import static cn.fuyi.statistics.Count.SUITS_WITH_SESSION;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The rates of domain README §4, one entry each: a stable id, the formula, the legal basis, the figure in a real
 * report it can be checked against, and its variants. A variant names the numerator and denominator {@link Count}s;
 * the first variant is the default and matches national usage. A rate's value is a {@link Fraction}.
 */
public enum Metric {

    /**
     * correction.direct 直接纠错率 = {@link Count#DIRECT_CORRECTIONS} / {@link Count#CONCLUDED}
     * (carried-over cases included, applications not accepted never); variant {@code accepted}: / {@link Count#ACCEPTED}.
     */
    CORRECTION_DIRECT("correction.direct", "直接纠错率", "Direct correction rate",
            "本期以纠错决定审结的案件数 ÷ 本期审结案件数（含上期结转，不含不予受理）",
            "Cases concluded in the period by a correcting decision ÷ cases concluded in the period (carried-over included, not-accepted excluded)",
            "《行政复议法》第六十三条至第六十七条、第七十一条、第七十二条", "太仓市2019年：5 ÷ 122 = 4.1%；全国2023年12.83%、2024年12.07%",
            new Variant("concluded", DIRECT_CORRECTIONS, CONCLUDED, "分母为本期审结案件数（默认，全国通行口径）",
                    "Over cases concluded in the period (default, national usage)"),
            new Variant("accepted", DIRECT_CORRECTIONS, ACCEPTED, "分母为本期受理案件数", "Over cases accepted in the period")),

    /**
     * correction.comprehensive 综合纠错率 = {@link Count#COMPREHENSIVE_CORRECTIONS} (direct + indirect) /
     * {@link Count#CONCLUDED}; variant {@code accepted}: / {@link Count#ACCEPTED}.
     */
    CORRECTION_COMPREHENSIVE("correction.comprehensive", "综合纠错率", "Comprehensive correction rate",
            "（直接纠错 + 间接纠错：以调解或终止结案且被申请人已自行纠正）÷ 本期审结案件数",
            "(Direct + indirect corrections: mediation or termination after the respondent corrected its act) ÷ cases concluded in the period",
            "《行政复议法》第六十三条至第六十七条、第七十一条至第七十四条", null,
            new Variant("concluded", COMPREHENSIVE_CORRECTIONS, CONCLUDED, "分母为本期审结案件数（默认）",
                    "Over cases concluded in the period (default)"),
            new Variant("accepted", COMPREHENSIVE_CORRECTIONS, ACCEPTED, "分母为本期受理案件数", "Over cases accepted in the period")),

    /**
     * hearing 听证率 = {@link Count#HEARD} (accepted in the period, a hearing held) / {@link Count#ACCEPTED};
     * variant {@code concluded}: {@link Count#CONCLUDED_HEARD} / {@link Count#CONCLUDED}, both sides over the
     * concluded cases. Never heard-of-accepted over concluded: Taicang 2019 is 8/123 = 6.5 %, not 8/122.
     */
    HEARING("hearing", "听证率", "Hearing rate",
            "本期受理的案件中举行听证审理的件数 ÷ 本期受理案件数",
            "Cases accepted in the period and heard by hearing ÷ cases accepted in the period",
            "《行政复议法》第五十条、第五十一条", "太仓市2019年：8 ÷ 123 = 6.5%（除以审结数122得6.6%，口径错误）",
            new Variant("accepted", HEARD, ACCEPTED, "以本期受理案件为范围（默认）", "Over cases accepted in the period (default)"),
            new Variant("concluded", CONCLUDED_HEARD, CONCLUDED, "以本期审结案件为范围：审结案件中听证审理的件数 ÷ 审结案件数",
                    "Over cases concluded in the period: concluded cases heard ÷ cases concluded")),

    /** ontime 按期办结率 = {@link Count#ON_TIME} / {@link Count#CONCLUDED}. */
    ONTIME("ontime", "按期办结率", "On-time rate",
            "本期审结且未超过审理期限（含批准延长，扣除中止期间）的案件数 ÷ 本期审结案件数",
            "Cases concluded in the period within the decision deadline (extension added, suspension excluded) ÷ cases concluded",
            "《行政复议法》第六十二条（2017年法第三十一条）", "漳州市2022年：7件全部按期",
            new Variant("concluded", ON_TIME, CONCLUDED, "分母为本期审结案件数", "Over cases concluded in the period")),

    /** mediation 调解和解率 = {@link Count#MEDIATED} / {@link Count#CONCLUDED}. */
    MEDIATION("mediation", "调解和解率", "Mediation and settlement rate",
            "本期以调解书结案或和解后撤回申请终止的案件数 ÷ 本期审结案件数",
            "Cases concluded in the period by mediation or by withdrawal after settlement ÷ cases concluded",
            "《行政复议法》第七十三条、第七十四条", "全国2024年26.3%",
            new Variant("concluded", MEDIATED, CONCLUDED, "分母为本期审结案件数", "Over cases concluded in the period")),

    /**
     * publication 决定书公开率 = {@link Count#PUBLISHED} / {@link Count#PUBLICATION_REQUIRED} (concluded, less those
     * recorded not published with a reason); variant {@code concluded}: / {@link Count#CONCLUDED}.
     */
    PUBLICATION("publication", "决定书公开率", "Publication rate",
            "本期审结案件中已公开决定书的件数 ÷ 应公开的件数（本期审结案件中已公开或尚未记录公开情况的，不含已记录不予公开理由的）",
            "Decisions published ÷ decisions to be published (concluded in the period, less those recorded not published with a reason)",
            "《行政复议法》第七十九条", "“行政复议决定书100%向社会公开”",
            new Variant("required", PUBLISHED, PUBLICATION_REQUIRED, "分母为应公开的决定书数（默认）",
                    "Over decisions to be published (default)"),
            new Variant("concluded", PUBLISHED, CONCLUDED, "分母为本期审结案件数", "Over cases concluded in the period")),

    /** resolved 案结事了率 = {@link Count#RESOLVED} (concluded, not followed by a lawsuit) / {@link Count#CONCLUDED}. */
    RESOLVED_RATE("resolved", "案结事了率", "Resolution rate",
            "本期审结且复议后未再起诉的案件数 ÷ 本期审结案件数（即 1 − 复议后起诉率）",
            "Cases concluded in the period and not followed by a lawsuit ÷ cases concluded (1 − the rate of suits after reconsideration)",
            "《行政诉讼法》第四十五条", "全国2023年76.8%",
            new Variant("concluded", RESOLVED, CONCLUDED, "分母为本期审结案件数", "Over cases concluded in the period")),

    /** litigation.loss 败诉率 = {@link Count#SUITS_LOST} / {@link Count#FIRST_INSTANCE_CONCLUDED}; variant merits 实体败诉率. */
    LITIGATION_LOSS("litigation.loss", "败诉率", "Loss rate",
            "本期审结的一审案件中行政机关败诉的件数 ÷ 本期审结的一审案件数（共同被告的案件任一被告败诉即计为败诉；按被告统计时看该被告自己的裁判结果）",
            "First-instance suits lost ÷ first-instance suits concluded in the period (a suit with co-defendants is lost when "
                    + "any of them lost; per defendant, that defendant's own outcome)",
            "《行政诉讼法》第七十条至第七十八条，法释〔2018〕1号第一百三十六条", "全国2018年约14.7%",
            new Variant("concluded", SUITS_LOST, FIRST_INSTANCE_CONCLUDED, "总体败诉率：分母为一审审结案件数（默认）",
                    "Overall: over first-instance suits concluded (default)"),
            new Variant("merits", SUITS_LOST, MERITS_JUDGMENTS, "实体败诉率（litigation.loss.merits）：分母为作出实体判决的案件数",
                    "On the merits (litigation.loss.merits): over judgments on the merits")),

    /**
     * appearance.head 负责人出庭应诉率 = {@link Count#SUITS_HEAD_APPEARED} / {@link Count#SUITS_WITH_SESSION}; variants per
     * session, and per court notice ({@link Count#HEAD_NOTICES_HONOURED} / {@link Count#HEAD_NOTICES}).
     */
    APPEARANCE_HEAD("appearance.head", "负责人出庭应诉率", "Head appearance rate",
            "负责人至少出庭一次的案件数 ÷ 开庭审理的案件数（按案件和审级计，未开庭即结案的不计；负责人出庭后法院通知其再次出庭而未出庭的不计为出庭）",
            "Suits in which an agency head attended a session ÷ suits with a session (per case and instance; not when the "
                    + "head, having attended, stayed away after the court notified the head to appear again)",
            "法释〔2020〕3号第四条、第五条、第七条", "青岛：837 ÷ 837 = 100%",
            new Variant("case", SUITS_HEAD_APPEARED, SUITS_WITH_SESSION, "按案件和审级计（默认）", "Per case and instance (default)"),
            new Variant("session", SESSIONS_HEAD_APPEARED, SESSIONS, "按开庭场次计", "Per court session"),
            new Variant("notified", HEAD_NOTICES_HONOURED, HEAD_NOTICES, "按法院通知计：法院通知负责人出庭的人次中负责人到庭的比例",
                    "Per court notice: of the notices for a head to attend, those the head honoured")),

    /** appearance.principal 正职出庭率 = {@link Count#SUITS_PRINCIPAL_APPEARED} / {@link Count#SUITS_WITH_SESSION}. */
    APPEARANCE_PRINCIPAL("appearance.principal", "正职出庭率", "Principal head appearance rate",
            "正职负责人出庭的案件数 ÷ 开庭审理的案件数", "Suits attended by the principal head ÷ suits with a session",
            "法释〔2020〕3号第二条、第七条", null,
            new Variant("case", SUITS_PRINCIPAL_APPEARED, SUITS_WITH_SESSION, "按案件和审级计", "Per case and instance")),

    /** appearance.speaking 出庭出声率 = {@link Count#SUITS_HEAD_SPOKE} / {@link Count#SUITS_HEAD_APPEARED}. */
    APPEARANCE_SPEAKING("appearance.speaking", "出庭出声率", "Speaking rate",
            "出庭负责人就实体问题发表意见的案件数 ÷ 负责人出庭的案件数", "Suits where the attending head spoke on the substance ÷ suits attended by a head",
            "法释〔2020〕3号第十一条", "青岛：663 ÷ 837",
            new Variant("case", SUITS_HEAD_SPOKE, SUITS_HEAD_APPEARED, "按案件和审级计", "Per case and instance")),

    /** counsel 公职律师/法律顾问代理覆盖率 = {@link Count#SUITS_WITH_COUNSEL} / {@link Count#SUITS}. */
    COUNSEL("counsel", "公职律师/法律顾问代理覆盖率", "Government counsel coverage",
            "由公职律师或法律顾问代理的应诉案件数 ÷ 应诉案件数", "Suits with government counsel ÷ suits",
            "《关于推行法律顾问制度和公职律师公司律师制度的意见》（2016年）", "太仓市2019年：100%",
            new Variant("all", SUITS_WITH_COUNSEL, SUITS, "分母为应诉案件数", "Over all suits"));

    /** One way of computing a rate: which count over which count. */
    public record Variant(String id, Count numerator, Count denominator, String descriptionZh, String descriptionEn) {
    }

    private final String id;
    private final String nameZh;
    private final String nameEn;
    private final String formulaZh;
    private final String formulaEn;
    private final String legalBasis;
    private final String reference;
    private final List<Variant> variants;

    Metric(String id, String nameZh, String nameEn, String formulaZh, String formulaEn, String legalBasis, String reference,
            Variant... variants) {
        this.id = id;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.formulaZh = formulaZh;
        this.formulaEn = formulaEn;
        this.legalBasis = legalBasis;
        this.reference = reference;
        this.variants = List.of(variants);
    }

    public String id() {
        return id;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String formulaZh() {
        return formulaZh;
    }

    public String formulaEn() {
        return formulaEn;
    }

    public String legalBasis() {
        return legalBasis;
    }

    /** A published figure to check the definition against, or {@code null}. */
    public String reference() {
        return reference;
    }

    public List<Variant> variants() {
        return variants;
    }

    public Variant defaultVariant() {
        return variants.get(0);
    }

    public Optional<Variant> variant(String variantId) {
        return variants.stream().filter(v -> v.id().equals(variantId)).findFirst();
    }

    /** A rate of the litigation statistics: its counts are counts of lawsuits. */
    public boolean litigation() {
        return defaultVariant().numerator().litigation();
    }

    /** The rates of the reconsideration statistics ({@code litigation} false) or of the litigation statistics. */
    public static List<Metric> of(boolean litigation) {
        return Arrays.stream(values()).filter(m -> m.litigation() == litigation).toList();
    }

    public static Optional<Metric> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }
}
