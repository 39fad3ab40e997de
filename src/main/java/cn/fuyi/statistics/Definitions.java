package cn.fuyi.statistics;

import java.util.ArrayList;
import java.util.List;

import cn.fuyi.statistics.api.StatisticsViews.CountDefinition;
import cn.fuyi.statistics.api.StatisticsViews.DefinitionsView;
import cn.fuyi.statistics.api.StatisticsViews.RateDefinition;
import cn.fuyi.statistics.api.StatisticsViews.Rule;
import cn.fuyi.statistics.api.StatisticsViews.VariantDefinition;

/** The public definitions of every count and rate, written from {@link Count} and {@link Metric} themselves. */
public final class Definitions {

    private Definitions() {
    }

    public static DefinitionsView all() {
        List<CountDefinition> counts = new ArrayList<>();
        for (Count c : Count.values()) {
            counts.add(new CountDefinition(c.id(), c.nameZh(), c.nameEn(), c.definitionZh(), c.definitionEn(), c.source(), endpoint(c.litigation())));
        }
        List<RateDefinition> rates = new ArrayList<>();
        for (Metric m : Metric.values()) {
            List<VariantDefinition> variants = m.variants().stream()
                    .map(v -> new VariantDefinition(v.id(), v.numerator().id(), v.denominator().id(), v.descriptionZh(),
                            v.descriptionEn(), v == m.defaultVariant()))
                    .toList();
            rates.add(new RateDefinition(m.id(), m.nameZh(), m.nameEn(), m.formulaZh(), m.formulaEn(), m.legalBasis(), m.reference(),
                    m.defaultVariant().id(), variants, endpoint(m.litigation())));
        }
        return new DefinitionsView(RULES, counts, rates);
    }

    /** Where a figure is answered. */
    static String endpoint(boolean litigation) {
        return litigation ? "/api/v1/statistics/litigation" : "/api/v1/statistics/reconsideration";
    }

    static final List<Rule> RULES = List.of(
            new Rule("display",
                    "比率给出精确分数（分子/分母）和显示值：100 × 分子 ÷ 分母，保留一位小数，四舍五入（half-up），如 5/122 → 4.1%、8/123 → 6.5%、1/16 → 6.3%。分母为 0 时 percent 为 null，显示为“" + Fraction.UNDEFINED + "”。",
                    "Rates give the exact fraction and a display value: 100 × numerator ÷ denominator with one decimal, rounded "
                            + "half-up (5/122 → 4.1%, 8/123 → 6.5%, 1/16 → 6.3%). Over a denominator of 0, percent is null and the display is \""
                            + Fraction.UNDEFINED + "\"."),
            new Rule("period",
                    "统计期间 [from, to] 首尾两日均计入，均为北京时间（Asia/Shanghai）的日期。year 为自然年，year + quarter 为季度，from + to 为任意区间，三种写法只能用一种。compare=previous 给出上一年相同日期的同比数字及增减。",
                    "The period [from, to] includes both days, local dates in Asia/Shanghai: year, year + quarter, or from + to, "
                            + "exactly one of them. compare=previous adds the same dates a year earlier and the change."),
            new Rule("scope",
                    "organId 指定复议机关；includeSubordinates=true 时包含其全部下级复议机关（上报汇总口径），默认只统计本机关；不给 organId 时统计全部复议机关。答复中的 scope 写明所用范围。",
                    "organId names the organ; includeSubordinates=true adds every organ below it (the roll-up reported upward); "
                            + "by default only the organ's own cases count; without organId every organ counts. The answer's scope says which."),
            new Rule("flows-and-stocks",
                    "收到、受理、不予受理、视为放弃、审结等按各自日期落在期间内计数（流量）；上期结转、期末未审结为期初、期末的在审存量。不予受理和视为放弃不是审结。",
                    "Received, accepted, not accepted, abandoned and concluded count the cases whose date of that fact lies in "
                            + "the period (flows); carried over in and pending are the stock of accepted cases at its start and end. "
                            + "Not accepted and abandoned are not conclusions."),
            new Rule("reconciliation",
                    "上期结转 + 本期受理 − 本期审结 − 其他减少 = 期末未审结。受理后的案件只能以审结（决定、驳回申请、调解、终止）退出；不予受理、视为放弃的申请从未受理，不进入该等式，故其他减少恒为 0。不平衡的案件和日期互相矛盾的案件逐件列为数据质量提示，既不隐去也不修正。",
                    "Carried over in + accepted − concluded − other exits = pending. An accepted case leaves only by a conclusion "
                            + "(decision, dismissal, mediation, termination); applications not accepted or abandoned were never "
                            + "accepted, so other exits are always 0. Every case that breaks the equation or has contradictory dates "
                            + "is named in a data-quality warning, never hidden or corrected."),
            new Rule("variants",
                    "分母口径用 variant=比率编号:口径编号 选择（参数可重复，或以逗号分隔），如 variant=correction.direct:accepted；未指定的比率用默认口径（与全国通行用法一致）。每个比率在答复中写明所用口径。",
                    "Choose a denominator variant with variant=rateId:variantId (repeat the parameter or separate pairs with "
                            + "commas), e.g. variant=correction.direct:accepted; rates not named use their default, which matches "
                            + "national usage. Each rate in an answer names the variant used."),
            new Rule("publication",
                    "应公开的决定书：本期审结案件中已公开或尚未记录公开情况的；已记录不予公开（记录时必须说明理由，第七十九条）的不计入分母。",
                    "Decisions to be published: cases concluded in the period whose decision is recorded published or not yet "
                            + "recorded; those recorded not published (which requires a reason, ARL 79) are left out of the denominator."),
            new Rule("ontime",
                    "按期：审结日期不晚于结案时计算并保存的审理期限届满日（decision_due_date：受理日起算，加批准的延长，扣除中止期间，遇节假日顺延）。",
                    "On time: concluded no later than the decision deadline computed and stored at conclusion (decision_due_date: "
                            + "from acceptance, plus an approved extension, less suspended days, moved past holidays)."),
            new Rule("carrying-out",
                    "履行统计只含行政复议决定书和调解书的履行事项，意见书另计。履行事项按其履行期限届满日计入期间：按期履行（履行日期不晚于届满日）、逾期履行（晚于届满日但不晚于期末）、未履行（到期末仍未履行）三者之和等于履行期限届满数。届满日为结案后保存的计算结果：法定期限（责令重作六十日，实施条例第四十九条）、文书确定的期限，或承办人改定的期限；责令限期履行另设期限，但不改变是否按期的判断。意见书的反馈期限自有关机关收到之日起六十日（第七十六条），收到日期未记录的暂自制发之日起算。调解和解率的分子（调解书结案、和解后撤回申请终止）不变。",
                    "The carrying-out figures count obligations under decisions and mediation agreements; opinion letters are "
                            + "counted apart. An obligation counts in the period its due date falls in: carried out on time (by the "
                            + "due date), late (after it but by the period's end) or not carried out (by the period's end); the three "
                            + "add up to the obligations due. The due date is the one stored when the case's deadlines were last "
                            + "computed: the rule (an act made again: 60 days, Regulations 2007 art. 49), the document's own period, "
                            + "or a date the clerk set instead; an order to perform by a date sets a limit of its own but does not "
                            + "change whether performance was on time. An opinion letter's 60 days run from the agency's receipt "
                            + "(ARL 76), from the letter's date while the receipt is not recorded. The mediation rate's numerator "
                            + "(concluded by mediation agreement, or terminated on withdrawal after settlement) is unchanged."),
            new Rule("litigation",
                    "行政应诉统计（/api/v1/statistics/litigation）：每个审级是一件案件（一审、二审、再审分别登记），按登记该案件的复议机关确定范围。立案、审结、开庭分别按立案日期、裁判日期、开庭日期落在期间内计数。败诉只看一审（Outcome.loss 一处判定），并按被告记录（法释〔2018〕1号第一百三十六条：法院可以撤销复议决定、同时驳回对原行政行为的诉讼请求）：全部范围内，共同被告的案件任一被告败诉即计为一件败诉案件；两高一低表和按被告分组时，只看该被告自己的裁判结果。负责人出庭按案件和审级计：本期有开庭的案件中，截至期末本审级任一场开庭有负责人出庭即计入（法释〔2020〕3号第七条），但负责人出庭后法院通知其再次出庭而未出庭的，该被告不计为出庭（第七条但书，另计“再次通知后负责人未出庭的案件”）；身份证明不合格的视为未出庭（第六条），出庭情况以最新一次更正为准。法院通知负责人出庭按每场开庭、每个被告计人次，变体 appearance.head:notified 为通知后到庭的比例。两高一低表中，共同被告的案件对每个被告各计一件，出庭只看该被告本机关的负责人。",
                    "Litigation statistics (/api/v1/statistics/litigation): each instance is a lawsuit of its own (first instance, "
                            + "appeal and retrial are registered separately), in scope by the organ that registered it. Filed, decided "
                            + "and sessions count by the docketing, decision and session dates. Losses are first-instance only (decided "
                            + "in one place, Outcome.loss) and recorded per defendant (法释〔2018〕1号 art. 136: the court may revoke the "
                            + "reconsideration decision and reject the claim against the original act): over the whole scope a suit with "
                            + "co-defendants is one lost suit when any of them lost; in the per-agency table and per defendant only that "
                            + "defendant's own outcome counts. Head appearance is per case and instance: of the suits with a session in the "
                            + "period, those where a head attended any session of the instance up to the period's end (SPC 2020 No. 3 "
                            + "art. 7), except a defendant whose head, having attended, stayed away from a later session the court had "
                            + "notified the head to attend (art. 7, exception; counted apart); a head with defective proof of identity is "
                            + "absent (art. 6); the latest correction of an attendance record counts. The court's notices to heads count "
                            + "per session and defendant; the variant appearance.head:notified is the share honoured. In the per-agency "
                            + "table (两高一低) a suit with co-defendants counts once for each, and each agency's own head is what counts for it."));
}
