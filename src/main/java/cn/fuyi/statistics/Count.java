package cn.fuyi.statistics;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import cn.fuyi.reconsideration.decision.DecisionType;

/**
 * Every count the statistics report (domain README §4), each with a stable id, its definition in words and, for the
 * counts of cases, the SQL condition a case of the scope must meet to be counted. The rates ({@link Metric}) are
 * quotients of these counts, so every number in a report traces back to one entry here.
 *
 * <p>Conventions: the period is [from, to], both days included, local dates in Asia/Shanghai. "In the period" means
 * the dated fact's date lies in it. A case is in scope when its organ is (the organ, or the organ and every organ
 * below it).
 */
public enum Count {

    // ---- counts of cases, each a condition on one reconsideration case (source CASE) ---------------------------

    /** received_date in the period. */
    RECEIVED("received", "收到申请", "Applications received",
            "收到行政复议申请的日期在统计期间内的申请件数（含其后不予受理、视为放弃的申请）",
            "Applications whose received date lies in the period (including those later not accepted or abandoned)",
            Anchor.RECEIVED, null),
    /** accepted_date in the period, deemed acceptances included. */
    ACCEPTED("accepted", "受理", "Accepted",
            "受理日期在统计期间内的案件数，含视为受理（第三十条第三款，受理日期为审查期限届满之日）",
            "Cases accepted in the period, deemed acceptances (ARL 30 ¶3, on the day the review period ended) included",
            Anchor.ACCEPTED, null),
    /** Accepted in the period by deeming (acceptance_kind DEEMED). */
    ACCEPTED_DEEMED("acceptedDeemed", "视为受理", "Deemed accepted",
            "本期受理的案件中视为受理的件数", "Of the cases accepted in the period, those deemed accepted",
            Anchor.ACCEPTED, () -> "c.acceptance_kind = 'DEEMED'"),
    /** not_accepted_date in the period. */
    NOT_ACCEPTED("notAccepted", "不予受理", "Not accepted",
            "决定不予受理的日期在统计期间内的申请件数（第三十条第二款）",
            "Applications not accepted in the period (ARL 30 ¶2)",
            Anchor.NOT_ACCEPTED, null),
    /** Cases with at least one correction notice (补正通知) dated in the period. */
    CORRECTION_REQUESTED("correctionRequested", "通知补正", "Correction requested",
            "统计期间内发出过补正通知的申请件数（同一申请多次补正计一件，第三十一条）",
            "Applications with at least one correction notice dated in the period (ARL 31; one per application)",
            null, null, Sql::correctionsInPeriod),
    /** abandoned_date in the period. */
    ABANDONED("abandoned", "视为放弃申请", "Deemed abandoned",
            "逾期不补正、视为放弃申请的日期在统计期间内的申请件数（第三十一条）",
            "Applications deemed abandoned in the period for want of correction (ARL 31)",
            Anchor.ABANDONED, null),
    /** Received in the period after the application period or beyond the longest period (ARL 20, 21). */
    RECEIVED_LATE("receivedLate", "超过申请期限", "Received after the application period",
            "收到申请的日期在统计期间内、且超过法定申请期限（第二十条）或者最长申请期限（第二十一条）的申请件数",
            "Applications received in the period after the application period (ARL 20) or beyond the longest period (ARL 21)",
            Anchor.RECEIVED, () -> "c.application_late = TRUE"),
    /** Received in the period through the penalty agency (ARL 32). */
    FORWARDED_BY_AGENCY("forwardedByAgency", "经处罚机关转送", "Forwarded by the penalty agency",
            "收到申请的日期在统计期间内、经作出行政处罚决定的行政机关提交转送的申请件数（第三十二条）",
            "Applications received in the period through the agency that imposed the penalty (ARL 32)",
            Anchor.RECEIVED, () -> "c.agency_received_date IS NOT NULL"),
    /** Received in the period where reconsideration had to come first (ARL 23). */
    RECONSIDERATION_FIRST("reconsiderationFirst", "复议前置", "Reconsideration required first",
            "收到申请的日期在统计期间内、属于应当先申请行政复议情形的申请件数（第二十三条）",
            "Applications received in the period where reconsideration had to come before a suit (ARL 23)",
            Anchor.RECEIVED, () -> "c.reconsideration_first IS NOT NULL"),
    /** Cases with a complaint to the superior organ dated in the period (ARL 35). */
    SUPERIOR_COMPLAINTS("superiorComplaints", "向上级行政机关反映", "Complaints to the superior organ",
            "统计期间内申请人就不予受理、驳回申请或者逾期不作答复向上级行政机关反映的案件数（第三十五条；同一案件多次反映计一件）",
            "Cases with a complaint to the superior organ dated in the period about a refusal, a dismissal or no decision "
                    + "in time (ARL 35; one per case)",
            null, null, Sql::complaintsInPeriod),
    /** accepted_date before the period and not concluded before it. */
    CARRIED_OVER_IN("carriedOverIn", "上期结转", "Carried over in",
            "统计期间开始前已受理、且在期间开始时尚未审结的案件数（受理日期早于起始日，审结日期为空或不早于起始日）",
            "Cases accepted before the period and not concluded before it started",
            Anchor.STOCK, () -> "c.accepted_date < :from AND (c.concluded_date IS NULL OR c.concluded_date >= :from)"),
    /** concluded_date in the period; carried-over cases included, not-accepted and abandoned applications never. */
    CONCLUDED("concluded", "审结", "Concluded",
            "审结日期（作出行政复议决定、驳回申请、调解书或终止决定之日）在统计期间内的案件数，含上期结转案件；不予受理和视为放弃的申请不是审结",
            "Cases concluded in the period (decision, dismissal, mediation agreement or termination), carried-over cases "
                    + "included; applications not accepted or abandoned are not conclusions",
            Anchor.CONCLUDED, null),
    /** Concluded in the period and accepted before it (the "含上年结转案件N件" of the reports). */
    CONCLUDED_CARRIED_OVER("concludedCarriedOver", "审结的上期结转案件", "Concluded, carried over",
            "本期审结的案件中在统计期间开始前受理的件数", "Of the cases concluded in the period, those accepted before it",
            Anchor.CONCLUDED, () -> "c.accepted_date < :from"),
    /** accepted by the period's end and not concluded by it. */
    PENDING("pending", "期末未审结", "Pending at period end",
            "统计期间结束日前（含当日）已受理、且到结束日尚未审结的案件数",
            "Cases accepted by the period's last day and not concluded by it",
            Anchor.STOCK, () -> "c.concluded_date IS NULL OR c.concluded_date > :to"),
    /** Concluded in the period with a decision that DecisionType.correction() names. */
    DIRECT_CORRECTIONS("directCorrections", "直接纠错", "Direct corrections",
            "本期审结的案件中以纠错决定结案的件数（纠错决定：{correctionTypes}）",
            "Cases concluded in the period by a correcting decision ({correctionTypes})",
            Anchor.CONCLUDED, Sql::isDirectCorrection),
    /** Concluded in the period by mediation or termination after the respondent corrected its act itself. */
    INDIRECT_CORRECTIONS("indirectCorrections", "间接纠错", "Indirect corrections",
            "本期审结的案件中以调解或终止结案、且被申请人已自行纠正原行政行为的件数",
            "Cases concluded in the period by mediation or termination after the respondent corrected its act itself",
            Anchor.CONCLUDED, Sql::isIndirectCorrection),
    /** Direct plus indirect corrections. */
    COMPREHENSIVE_CORRECTIONS("comprehensiveCorrections", "综合纠错", "Direct and indirect corrections",
            "直接纠错与间接纠错件数之和", "Direct plus indirect corrections",
            Anchor.CONCLUDED, () -> Sql.isDirectCorrection() + " OR " + Sql.isIndirectCorrection()),
    /** Accepted in the period with at least one hearing held (at any time). */
    HEARD("heard", "听证审理", "Heard by hearing",
            "本期受理的案件中至少举行过一次听证的件数（第五十条；听证可在期间结束后举行，举行后即计入）",
            "Of the cases accepted in the period, those with at least one hearing held (ARL 50; a hearing held after "
                    + "the period counts once held)",
            Anchor.ACCEPTED, null, Sql::heldHearings),
    /** Concluded in the period with at least one hearing held. */
    CONCLUDED_HEARD("concludedHeard", "审结案件中听证审理", "Concluded after a hearing",
            "本期审结的案件中至少举行过一次听证的件数", "Of the cases concluded in the period, those with a hearing held",
            Anchor.CONCLUDED, null, Sql::heldHearings),
    /** Concluded in the period no later than the decision deadline computed at conclusion. */
    ON_TIME("onTime", "按期审结", "Concluded on time",
            "本期审结、且审结日期不晚于结案时计算的审理期限届满日（含经批准的延长，扣除中止期间）的件数",
            "Cases concluded in the period no later than their decision deadline as computed at conclusion "
                    + "(approved extension added, suspended days excluded)",
            Anchor.CONCLUDED, () -> "c.decision_due_date IS NOT NULL AND c.concluded_date <= c.decision_due_date"),
    /** Concluded in the period after the decision period was extended (ARL 62). */
    EXTENDED("extended", "延长审理期限", "Decision period extended",
            "本期审结的案件中经批准延长审理期限的件数（第六十二条）",
            "Cases concluded in the period whose decision period was extended (ARL 62)",
            Anchor.CONCLUDED, () -> "c.extension_days IS NOT NULL"),
    /** Concluded in the period with compensation awarded (ARL 72 ¶1). */
    COMPENSATION_AWARDED("compensationAwarded", "决定给予赔偿", "Compensation awarded",
            "本期审结的案件中同时决定被申请人依法给予赔偿的件数（第七十二条第一款）",
            "Cases concluded in the period with compensation awarded (ARL 72 ¶1)",
            Anchor.CONCLUDED, () -> "c.compensation_outcome = 'AWARDED'"),
    /** Concluded by mediation, or terminated on withdrawal after settlement (ARL 73, 74). */
    MEDIATED("mediated", "调解和解", "Mediated or settled",
            "本期审结的案件中以调解书结案（第七十三条）或和解后撤回申请终止（第七十四条）的件数",
            "Cases concluded in the period by a mediation agreement (ARL 73) or terminated on withdrawal after settlement (ARL 74)",
            Anchor.CONCLUDED, () -> "c.decision_type = 'MEDIATION' OR (c.decision_type = 'TERMINATION'"
                    + " AND c.termination_ground = 'WITHDRAWN_AFTER_SETTLEMENT')"),
    /** Concluded in the period and the decision recorded as published. */
    PUBLISHED("published", "决定书已公开", "Decisions published",
            "本期审结的案件中决定书已记录公开的件数（第七十九条）", "Cases concluded in the period whose decision is recorded published (ARL 79)",
            Anchor.CONCLUDED, () -> "c.publication_status = 'PUBLISHED'"),
    /** Concluded in the period, less those recorded as not published (which always carry the reason). */
    PUBLICATION_REQUIRED("publicationRequired", "应公开决定书", "Decisions to be published",
            "本期审结的案件中应当公开决定书的件数：已公开或尚未记录公开情况的，不含已记录不予公开（须载明理由）的",
            "Cases concluded in the period whose decision must be published: recorded published or not yet recorded; "
                    + "those recorded not published (always with a reason) are left out",
            Anchor.CONCLUDED, () -> "c.publication_status IS NULL OR c.publication_status <> 'NOT_PUBLISHED'"),
    /** Concluded in the period with no publication recorded yet. */
    PUBLICATION_UNRECORDED("publicationUnrecorded", "尚未记录公开情况", "Publication not yet recorded",
            "本期审结的案件中尚未记录公开或不予公开的件数", "Cases concluded in the period with neither publication nor non-publication recorded",
            Anchor.CONCLUDED, () -> "c.publication_status IS NULL"),
    /** Concluded in the period and followed by a lawsuit ({@link LawsuitLink}). */
    FOLLOWED_BY_LAWSUIT("followedByLawsuit", "复议后起诉", "Followed by a lawsuit",
            "本期审结的案件中复议后又提起行政诉讼的件数（与行政应诉案件关联；尚未记录应诉案件时为 0）",
            "Cases concluded in the period that were followed by a lawsuit (linked litigation cases; 0 while none are recorded)",
            Anchor.CONCLUDED, null, LawsuitLink::casesFollowedByLawsuit),
    /** Concluded in the period and not followed by a lawsuit: concluded − followedByLawsuit. */
    RESOLVED("resolved", "案结事了", "Resolved",
            "本期审结的案件中复议后未再提起行政诉讼的件数（审结 − 复议后起诉）",
            "Cases concluded in the period that were not followed by a lawsuit (concluded − followed by a lawsuit)",
            null, null),

    // ---- counts of events in other tables, for the whole scope only (source EVENT) -----------------------------

    /** Hearing sessions held in the period. */
    HEARINGS_HELD("hearingsHeld", "举行听证", "Hearings held",
            "统计期间内举行的听证场次", "Hearing sessions held in the period", null, null),
    /** Opinion letters issued in the period. */
    OPINION_LETTERS_ISSUED("opinionLettersIssued", "制发意见书", "Opinion letters issued",
            "统计期间内制发的行政复议意见书件数（第七十六条）", "Opinion letters issued in the period (ARL 76)", null, null),
    /** Opinion letters answered in the period. */
    OPINION_LETTERS_ANSWERED("opinionLettersAnswered", "意见书已反馈", "Opinion letters answered",
            "统计期间内收到整改情况反馈的意见书件数", "Opinion letters whose answer was received in the period", null, null),
    /** Opinion letters whose answer period (60 days from receipt, ARL 76) ended in the period. */
    OPINION_LETTERS_DUE("opinionLettersDue", "意见书反馈期限届满", "Opinion letters due",
            "反馈期限（自有关机关收到意见书之日起六十日，收到日期未记录的自制发之日起算，第七十六条）届满日在统计期间内的意见书件数",
            "Opinion letters whose answer period (60 days from the agency's receipt, from the letter's date while the receipt is "
                    + "not recorded; ARL 76) ended in the period", null, null),
    /** Of those, answered no later than the due date. */
    OPINION_LETTERS_ANSWERED_ON_TIME("opinionLettersAnsweredOnTime", "意见书按期反馈", "Opinion letters answered on time",
            "反馈期限在统计期间内届满的意见书中，在期限内反馈整改情况的件数",
            "Of the opinion letters due in the period, those answered no later than their due date", null, null),
    /** Mediation agreements that took effect in the period (ARL 73). */
    MEDIATION_AGREEMENTS("mediationAgreements", "调解书生效", "Mediation agreements in effect",
            "统计期间内经各方当事人签署并加盖行政复议机关印章而生效的调解书件数（第七十三条第一款）",
            "Mediation agreements that took effect in the period, signed by every party and sealed by the organ (ARL 73 ¶1)", null, null),
    /** Written settlements recorded in the period (ARL 74). */
    SETTLEMENTS("settlements", "达成和解", "Settlements reached",
            "统计期间内当事人达成书面和解协议的件数（第七十四条第一款）", "Written settlements reached in the period (ARL 74 ¶1)", null, null),
    /** Mediations and settlements that ended in the period without agreement or with a party backing out (ARL 73 ¶2). */
    MEDIATIONS_FAILED("mediationsFailed", "调解和解未成", "Mediations and settlements failed",
            "统计期间内调解、和解未达成协议，或调解书生效前一方反悔而结束的件数（第七十三条第二款）",
            "Mediations and settlements that ended in the period without agreement, or with a party backing out before the "
                    + "agreement took effect (ARL 73 ¶2)", null, null),
    /** Obligations under decisions and mediation agreements whose due date lies in the period. */
    PERFORMANCE_DUE("performanceDue", "履行期限届满", "Obligations due",
            "行政复议决定书、调解书确定的履行事项中，履行期限届满日（法定期限、文书确定的期限或承办人改定的期限）在统计期间内的件数（意见书另计）",
            "Obligations under decisions and mediation agreements whose due date (by rule, set by the document, or changed by the "
                    + "clerk) lies in the period (opinion letters counted apart)", null, null),
    /** Of those, carried out by the due date. */
    PERFORMED_ON_TIME("performedOnTime", "按期履行", "Carried out on time",
            "本期届满的履行事项中，被申请人在期限内履行完毕的件数（第七十七条）",
            "Of the obligations due in the period, those carried out by their due date (ARL 77)", null, null),
    /** Of those, carried out after the due date but by the period's end. */
    PERFORMED_LATE("performedLate", "逾期履行", "Carried out late",
            "本期届满的履行事项中，逾期但在统计期间结束前履行完毕的件数",
            "Of the obligations due in the period, those carried out after their due date but by the period's end", null, null),
    /** Of those, not carried out by the period's end. */
    NOT_PERFORMED("notPerformed", "未履行", "Not carried out",
            "本期届满的履行事项中，到统计期间结束仍未履行的件数（按期履行 + 逾期履行 + 未履行 = 履行期限届满）",
            "Of the obligations due in the period, those not carried out by the period's end (on time + late + not carried out = due)",
            null, null),
    /** Obligations arisen by the period's end, not carried out by it and not yet due (or without a due date yet). */
    PERFORMANCE_PENDING("performancePending", "尚在履行期限内", "Obligations pending",
            "统计期间结束前产生、到期末尚未履行、履行期限在期末之后届满或尚未确定（如决定书尚未送达）的履行事项数",
            "Obligations arisen by the period's end, not carried out by it, and due after it or without a due date yet (e.g. "
                    + "the decision not yet served)", null, null),
    /** Orders to perform by a date issued in the period (ARL 77 ¶2). */
    PERFORMANCE_ORDERS("performanceOrders", "责令限期履行", "Orders to perform",
            "统计期间内责令被申请人限期履行的次数（第七十七条第二款）", "Orders to perform by a date issued in the period (ARL 77 ¶2)", null, null),
    /** Summonses of the respondent's heads in the period (ARL 77 ¶2). */
    SUMMONSES("summonses", "约谈负责人", "Heads summoned",
            "统计期间内因不履行约谈被申请人有关负责人的次数（第七十七条第二款）",
            "Summonses of the respondent's heads for non-performance in the period (ARL 77 ¶2)", null, null),
    /** Circulars of criticism in the period (ARL 77 ¶2). */
    CIRCULARS("circulars", "通报批评", "Circulars of criticism",
            "统计期间内因不履行予以通报批评的次数（第七十七条第二款）", "Circulars of criticism for non-performance in the period (ARL 77 ¶2)", null, null),
    /** Transfers to supervisory or appointing bodies in the period (ARL 85). */
    TRANSFERS("transfers", "移送监察机关或任免机关", "Transfers to supervisory or appointing bodies",
            "统计期间内向监察机关或公职人员任免机关、单位移送违法事实材料的次数（第八十五条）",
            "Facts of officials' breaches handed to a supervisory or appointing body in the period (ARL 85)", null, null),
    /** Copies of decisions and opinion letters to the respondent's superior department in the period (ARL 79 ¶2). */
    SUPERIOR_COPIES("superiorCopies", "抄告上一级主管部门", "Copies to superior departments",
            "统计期间内将行政复议决定书、意见书抄告被申请人上一级主管部门的件数（第七十九条第二款）",
            "Decisions and opinion letters copied to the respondent's superior department in the period (ARL 79 ¶2)", null, null),
    /** Referrals to the reconsideration committee dated in the period. */
    COMMITTEE_REFERRALS("committeeReferrals", "提请行政复议委员会咨询", "Committee referrals",
            "提请行政复议委员会提出咨询意见的日期在统计期间内的件次（第五十二条第二款）",
            "Referrals to the reconsideration committee dated in the period (ARL 52 ¶2)", null, null),
    /** Of those, the referrals on grounds (一) to (三) of ARL 52 ¶2. */
    COMMITTEE_REFERRALS_MANDATORY("committeeReferralsMandatory", "依法应当提请咨询", "Mandatory committee referrals",
            "本期提请咨询中因案情重大、疑难、复杂，专业性、技术性较强，或属第二十四条第二款规定的案件而提请的件次（第五十二条第二款第一至三项；"
                    + "第四项“行政复议机构认为有必要”的不计入）",
            "Of the referrals of the period, those on grounds (1) to (3) of ARL 52 ¶2: a major, difficult or complex case, a "
                    + "specialised or technical one, or a provincial government's own act (ground (4), the office's own judgement, not counted)",
            null, null),
    /** Normative document reviews whose result was recorded in the period. */
    NORMATIVE_DOCUMENTS_REVIEWED("normativeDocumentsReviewed", "规范性文件附带审查办结", "Normative documents reviewed",
            "审查结论（本机关依法处理，或收到接受转送机关的处理意见）的日期在统计期间内的规范性文件附带审查件数（第五十六条至第六十条）",
            "Incidental reviews of normative documents whose result (this organ's decision, or the answer of the organ the "
                    + "document was forwarded to) is dated in the period (ARL 56-60)", null, null),
    /** Of those, the clauses found unlawful, stopped and ordered corrected. */
    NORMATIVE_DOCUMENTS_STOPPED("normativeDocumentsStopped", "规范性文件条款停止执行、责令纠正", "Normative document clauses stopped",
            "本期办结的附带审查中认定相关条款超越权限或者违反上位法，决定停止执行并责令制定机关纠正的件数（第五十九条、第六十条）",
            "Of the reviews with a result in the period, those finding the clauses beyond the drafting organ's powers or "
                    + "against a higher law: execution stopped and correction ordered (ARL 59, 60)", null, null),
    /** Hearings held in the period with the respondent's head attending. */
    HEARINGS_RESPONDENT_HEAD_ATTENDED("hearingsRespondentHeadAttended", "被申请人负责人参加听证", "Hearings attended by the respondent's head",
            "统计期间内举行的听证中被申请人的负责人参加的场次（第五十一条第三款）",
            "Hearings held in the period at which the head of the respondent attended (ARL 51 ¶3)", null, null),
    /** Stays of execution granted in the period. */
    STAYS_GRANTED("staysGranted", "决定停止执行", "Stays of execution granted",
            "决定停止执行的日期在统计期间内的件数（第四十二条；不予停止执行的不计入）",
            "Decisions dated in the period to stop the execution of the act (ARL 42; refusals not counted)", null, null),

    // ---- litigation counts (source LITIGATION): one lawsuit is one instance (一审, 二审 and 再审 are lawsuits of their
    // own); a lawsuit is in scope when the organ that registered it is; the SQL is in LitigationSql -------------------

    SUITS("suits", "行政应诉案件", "Lawsuits",
            "立案日期在统计期间内的行政应诉案件数（一审、二审、再审各计一件）",
            "Lawsuits docketed in the period (first instance, appeal and retrial each count once)", null, null),
    SUITS_FIRST_INSTANCE("suitsFirstInstance", "一审案件", "First-instance suits",
            "本期立案的一审行政应诉案件数", "First-instance lawsuits docketed in the period", null, null),
    SUITS_APPEAL("suitsAppeal", "二审案件", "Appeals", "本期立案的二审案件数", "Appeals docketed in the period", null, null),
    SUITS_RETRIAL("suitsRetrial", "再审案件", "Retrials", "本期立案的再审案件数", "Retrials docketed in the period", null, null),
    SUITS_CARRIED_OVER_IN("suitsCarriedOverIn", "上期结转的应诉案件", "Suits carried over in",
            "统计期间开始前立案、且在期间开始时本审级尚未裁判的案件数",
            "Lawsuits docketed before the period and not yet decided in their instance when it started", null, null),
    SUITS_CONCLUDED("suitsConcluded", "审结的应诉案件", "Suits concluded",
            "裁判（判决、裁定、调解）日期在统计期间内的案件数（各审级）",
            "Lawsuits decided (judgment, ruling or mediation) in the period, every instance", null, null),
    FIRST_INSTANCE_CONCLUDED("firstInstanceConcluded", "审结的一审案件", "First-instance suits concluded",
            "本期审结的一审案件数", "First-instance lawsuits decided in the period", null, null),
    SUITS_LOST("suitsLost", "败诉", "Suits lost",
            "本期审结的一审案件中行政机关败诉（判决撤销、部分撤销、责令履行、给付、确认违法、确认无效、变更或依第七十八条判令被告承担责任）的件数；"
                    + "共同被告的案件中任一被告败诉即计为败诉案件（如撤销复议决定、驳回对原行政行为的诉讼请求，法释〔2018〕1号第一百三十六条）；按被告统计时只看该被告自己的裁判结果",
            "First-instance suits decided in the period that the agency lost: a judgment to revoke (in whole or part), perform, "
                    + "pay, confirm illegal or invalid, alter, or an order under ALL 78 against it; a suit with co-defendants is lost "
                    + "when any of them lost (e.g. the reconsideration decision revoked and the claim against the original act "
                    + "rejected, 法释〔2018〕1号 art. 136); per defendant, only that defendant's own outcome counts", null, null),
    MERITS_JUDGMENTS("meritsJudgments", "实体判决", "Judgments on the merits",
            "本期审结的一审案件中作出实体判决的件数（驳回诉讼请求及败诉判决；不含裁定驳回起诉、准予撤诉、按撤诉处理、调解、终结诉讼）",
            "First-instance suits decided in the period by a judgment on the merits (claims rejected or lost; rulings, "
                    + "withdrawals, mediation and termination excluded)", null, null),
    WITHDRAWN_AFTER_ACT_CHANGED("withdrawnAfterActChanged", "被告改变行为后撤诉", "Withdrawn after the act changed",
            "本期审结的案件中原告在被告改变原行政行为后撤诉的件数（单独统计，不计败诉）",
            "Lawsuits decided in the period by a withdrawal after the agency changed its act (counted apart, not a loss)", null, null),
    SUITS_PENDING("suitsPending", "期末未审结的应诉案件", "Suits pending at period end",
            "统计期间结束日前（含当日）立案、且到结束日本审级尚未裁判的案件数",
            "Lawsuits docketed by the period's last day and not decided in their instance by it", null, null),
    SESSIONS("sessions", "开庭场次", "Court sessions", "开庭日期在统计期间内的开庭场次", "Court sessions held in the period", null, null),
    SESSIONS_HEAD_APPEARED("sessionsHeadAppeared", "负责人出庭场次", "Sessions with a head appearing",
            "本期开庭场次中至少一名被告的负责人出庭（身份证明有效）的场次", "Sessions of the period attended by the head of at least one "
                    + "defendant (with valid proof of identity)", null, null),
    SUITS_WITH_SESSION("suitsWithSession", "开庭审理的案件", "Suits with a session",
            "统计期间内至少开庭一次的案件数（按案件和审级计；未开庭即结案的不计）",
            "Lawsuits (per case and instance) with at least one court session in the period; those closed without a session are not counted", null, null),
    SUITS_HEAD_APPEARED("suitsHeadAppeared", "负责人出庭的案件", "Suits with a head appearing",
            "开庭审理的案件中，截至期末本审级任一场开庭有被告负责人出庭（身份证明有效）的件数（法释〔2020〕3号第七条第一款：同一审级出庭一次即计入，"
                    + "但负责人出庭后，法院通知其再次出庭而未出庭的，该被告不计入；第六条：身份证明不合格视为未出庭）",
            "Suits with a session in which the head of a defendant attended any session of the instance up to the period's "
                    + "end with valid proof of identity (SPC 2020 No. 3 arts. 6-7), unless that head, having attended, stayed "
                    + "away from a later session the court had notified the head to attend (art. 7 ¶1, exception)", null, null),
    SUITS_PRINCIPAL_APPEARED("suitsPrincipalAppeared", "正职负责人出庭的案件", "Suits with the principal head appearing",
            "负责人出庭的案件中正职负责人出庭（身份证明有效）的件数（第七条的但书同样适用）",
            "Suits with a head appearing in which a principal head attended (valid proof of identity; the exception of art. 7 "
                    + "applies alike)", null, null),
    SUITS_HEAD_SPOKE("suitsHeadSpoke", "负责人出庭出声的案件", "Suits with the head speaking",
            "负责人出庭的案件中出庭负责人就实体问题发表意见的件数（第十一条）",
            "Suits attended by a head in which the attending head spoke on the substance (art. 11)", null, null),
    SUITS_HEAD_ABSENT_WHEN_NOTIFIED_AGAIN("suitsHeadAbsentWhenNotifiedAgain", "再次通知后负责人未出庭的案件",
            "Suits where a head stayed away when notified again",
            "开庭审理的案件中，被告负责人曾出庭、其后法院通知其再次出庭而未出庭，因而不计为负责人出庭的件数（法释〔2020〕3号第七条第一款但书）",
            "Suits with a session not counted as attended only because a head who had attended stayed away from a later "
                    + "session the court had notified the head to attend (SPC 2020 No. 3 art. 7 ¶1, exception)", null, null),
    HEAD_NOTICES("headNotices", "法院通知负责人出庭（人次）", "Court notices to heads",
            "本期开庭中人民法院通知被告负责人出庭的人次（每场开庭、每个被告计一次；法释〔2020〕3号第四条、第五条）",
            "Notices by the court for a defendant's head to attend a session of the period (one per session and defendant; "
                    + "SPC 2020 No. 3 arts. 4-5)", null, null),
    HEAD_NOTICES_HONOURED("headNoticesHonoured", "通知后负责人出庭（人次）", "Notices honoured",
            "法院通知负责人出庭的人次中负责人到庭（身份证明有效）的人次",
            "Of the notices to heads, those at which the head attended (valid proof of identity)", null, null),
    SUITS_WITH_COUNSEL("suitsWithCounsel", "公职律师或法律顾问代理的案件", "Suits with government counsel",
            "本期立案的案件中由公职律师或政府法律顾问代理（登记的代理人或任一场开庭的出庭代理人）的件数",
            "Lawsuits docketed in the period in which in-house or retained government counsel acted (as registered, or at any session)", null, null),
    JUDICIAL_RECOMMENDATIONS("judicialRecommendations", "收到司法建议", "Judicial recommendations received",
            "收到日期在统计期间内的司法建议件数", "Judicial recommendations received in the period", null, null),
    PROCURATORIAL_RECOMMENDATIONS("procuratorialRecommendations", "收到检察建议", "Procuratorial recommendations received",
            "收到日期在统计期间内的检察建议件数", "Procuratorial recommendations received in the period", null, null),
    RECOMMENDATIONS_ANSWERED("recommendationsAnswered", "司法建议和检察建议已回复", "Recommendations answered",
            "回复日期在统计期间内的司法建议和检察建议件数", "Judicial and procuratorial recommendations answered in the period", null, null);

    /** Placeholder in definitions, filled from {@link DecisionType} so the text cannot drift from the enum. */
    private static final String CORRECTION_TYPES = "{correctionTypes}";

    /** Where a count comes from. */
    public enum Source {
        /** A condition on each reconsideration case: one column of the aggregate query, available in every breakdown. */
        CASE,
        /** Events in another table, counted by their own dates for the whole scope. */
        EVENT,
        /** Lawsuits, their sessions and the recommendations courts and procuratorates send: the litigation statistics. */
        LITIGATION
    }

    private final String id;
    private final String nameZh;
    private final String nameEn;
    private final String definitionZh;
    private final String definitionEn;
    private final Anchor anchor;
    private final Supplier<String> residual;
    private final Supplier<String> caseSet;

    Count(String id, String nameZh, String nameEn, String definitionZh, String definitionEn, Anchor anchor, Supplier<String> residual) {
        this(id, nameZh, nameEn, definitionZh, definitionEn, anchor, residual, null);
    }

    Count(String id, String nameZh, String nameEn, String definitionZh, String definitionEn, Anchor anchor, Supplier<String> residual,
            Supplier<String> caseSet) {
        this.id = id;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.definitionZh = definitionZh;
        this.definitionEn = definitionEn;
        this.anchor = anchor;
        this.residual = residual;
        this.caseSet = caseSet;
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

    public String definitionZh() {
        return definitionZh.replace(CORRECTION_TYPES, correctionTypes(true));
    }

    public String definitionEn() {
        return definitionEn.replace(CORRECTION_TYPES, correctionTypes(false));
    }

    /** The correcting decision types as {@link DecisionType#correction()} lists them, in the caller's language. */
    static String correctionTypes(boolean zh) {
        return Arrays.stream(DecisionType.values()).filter(DecisionType::correction)
                .map(t -> zh ? t.labelZh() : t.labelEn().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(zh ? "、" : ", "));
    }

    public Source source() {
        if (anchor != null || caseSet != null || this == RESOLVED) {
            return Source.CASE;
        }
        return ordinal() < SUITS.ordinal() ? Source.EVENT : Source.LITIGATION;
    }

    /**
     * The SQL condition on the case {@code c} (source CASE, except the difference {@link #RESOLVED}). For a count
     * with a {@link #caseSet()}, the case must also be in that set.
     */
    public String condition() {
        if (anchor == null && caseSet == null) {
            throw new IllegalStateException(id + " is not a condition on cases");
        }
        if (anchor == null) {
            return "1 = 1";
        }
        return residual == null ? anchor.condition() : anchor.condition() + " AND (" + residual.get() + ")";
    }

    /**
     * The whole test a case of the scope must pass to be counted, as one SQL condition on the case {@code c} with the
     * period as {@code :from} and {@code :to}: {@link #condition()}, the membership of the {@link #caseSet()} where
     * there is one, and for {@link #RESOLVED} the concluded cases not followed by a lawsuit. The list of cases behind a
     * figure ({@code StatisticsQueries.casesBehind}) and the case ids a frozen report keeps read this, so the list is
     * exactly the cases the figure counts. Only for counts of source CASE.
     */
    public String membership() {
        if (this == RESOLVED) {
            return CONCLUDED.membership() + " AND c.id NOT IN (" + LawsuitLink.casesFollowedByLawsuit() + ")";
        }
        String own = condition();
        return caseSet == null ? own : own + " AND c.id IN (" + caseSet.get() + ")";
    }

    /**
     * Whether the cases (or lawsuits) behind this count can be listed: the counts of source CASE, and the counts of
     * lawsuits among the litigation counts (not sessions, notices or recommendations, nor the events of source EVENT).
     */
    public boolean drillable() {
        return source() == Source.CASE || litigation() && LitigationSql.lawsuitsBehind(this, Scope.none()) != null;
    }

    /** The condition beyond the anchor's, or {@code null} when the anchor's condition is the whole of it. */
    public String residual() {
        return residual == null ? null : residual.get();
    }

    /** The dated fact the count is about; {@code null} for a count that is membership of its case set alone. */
    public Anchor anchor() {
        return anchor;
    }

    /**
     * For a count that needs another table (hearings, correction notices, lawsuits): a query of the distinct
     * {@code case_id}s the case must be among. Such counts are computed by a query driven from that small set, not
     * by looking the table up for every case in scope.
     */
    public Optional<String> caseSet() {
        return caseSet == null ? Optional.empty() : Optional.of(caseSet.get());
    }

    /** A count of the litigation statistics (source LITIGATION), not of the reconsideration statistics. */
    public boolean litigation() {
        return source() == Source.LITIGATION;
    }

    public static List<Count> ofSource(Source source) {
        return Arrays.stream(values()).filter(c -> c.source() == source).toList();
    }

    public static Optional<Count> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
