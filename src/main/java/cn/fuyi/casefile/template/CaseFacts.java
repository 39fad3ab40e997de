package cn.fuyi.casefile.template;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.fuyi.casefile.CaseDocument;
import cn.fuyi.common.ApiException;
import cn.fuyi.organ.Organ;
import cn.fuyi.organ.Respondent;
import cn.fuyi.reconsideration.CaseState;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.ReconsiderationService;
import cn.fuyi.reconsideration.acceptance.CorrectionRequest;
import cn.fuyi.reconsideration.decision.DecisionType;
import cn.fuyi.reconsideration.hearing.Hearing;
import cn.fuyi.reconsideration.hearing.HearingStatus;
import cn.fuyi.reconsideration.intake.CaseParty;
import cn.fuyi.reconsideration.intake.PartyRole;
import cn.fuyi.reconsideration.mediation.Mediation;
import cn.fuyi.reconsideration.mediation.MediationKind;
import cn.fuyi.reconsideration.performance.OpinionLetter;
import cn.fuyi.reconsideration.review.ProcedureType;
import cn.fuyi.reconsideration.suspension.Suspension;

/**
 * What a formal document is filled with, read from the case, and whether the case has come far enough for the
 * document: each kind names the step of the procedure that must have happened (a 不予受理决定书 only after the refusal,
 * a 恢复审理通知书 only after a resumption …). Otherwise 409 GENERATED_DOCUMENT_NOT_APPLICABLE names what is missing.
 */
final class CaseFacts {

    private static final String LAW = "《中华人民共和国行政复议法》";

    /** What the request adds: the recipient, and for a 送达回证 the document served. */
    record Request(FormalDocumentKind kind, LocalDate date, String recipient, CaseDocument served) {
    }

    private CaseFacts() {
    }

    static Map<String, String> of(ReconsiderationCase c, Organ organ, Request r) {
        Map<String, String> v = new HashMap<>();
        String respondent = Respondent.<Respondent>findByIdOptional(c.respondentId).map(x -> x.name).orElse("");
        List<CaseParty> parties = ReconsiderationService.parties(c.id);
        List<CaseParty> applicants = role(parties, PartyRole.APPLICANT);
        v.put("organName", organ.name);
        v.put("organShortName", organ.shortName);
        v.put("documentDate", date(r.date()));
        v.put("caseNumber", c.caseNumber);
        v.put("receivedDate", date(c.receivedDate));
        v.put("applicants", names(applicants));
        v.put("applicantDetails", applicants.stream().map(p -> p.name + (p.address == null ? "" : "，住址：" + p.address))
                .collect(Collectors.joining("；")));
        v.put("agents", names(role(parties, PartyRole.AGENT)));
        v.put("thirdParties", names(role(parties, PartyRole.THIRD_PARTY)));
        v.put("respondent", respondent);
        v.put("actDescription", c.actDescription);
        v.put("actDocumentNumber", c.actDocumentNumber);
        v.put("actDate", date(c.actDate));
        v.put("request", c.request);
        v.put("decisionDueDate", date(c.decisionDueDate));
        String recipient = r.kind() == FormalDocumentKind.REPLY_NOTICE || r.kind() == FormalDocumentKind.OPINION_LETTER
                ? respondent : names(applicants);

        switch (r.kind()) {
            case ACCEPTANCE_NOTICE -> {
                require(c, r, c.state.accepted() && c.acceptedDate != null, "ACCEPTANCE");
                v.put("acceptedDate", date(c.acceptedDate));
            }
            case NON_ACCEPTANCE_DECISION -> {
                require(c, r, c.state == CaseState.NOT_ACCEPTED, "NOT_ACCEPTED");
                v.put("notAcceptedDate", date(c.notAcceptedDate));
                v.put("notAcceptedReason", c.notAcceptedReason);
                v.put("competentOrgan", c.competentOrgan == null ? "" : "申请人可以向" + c.competentOrgan + "申请行政复议。");
            }
            case CORRECTION_NOTICE -> {
                CorrectionRequest cr = CorrectionRequest.<CorrectionRequest>find("caseId = ?1 order by id desc", c.id).firstResult();
                require(c, r, cr != null, "CORRECTION_REQUEST");
                v.put("correctionItems", cr.items);
                v.put("correctionPeriodDays", Integer.toString(cr.periodDays == null ? 10 : cr.periodDays));
                v.put("correctionRequestedDate", date(cr.requestedDate));
            }
            case REPLY_NOTICE -> {
                require(c, r, c.state.accepted() && c.acceptedDate != null, "ACCEPTANCE");
                v.put("acceptedDate", date(c.acceptedDate));
                v.put("replyPeriodDays", c.procedure == ProcedureType.SIMPLIFIED ? "5" : "10");
                v.put("copySentDate", date(c.copySentDate == null ? r.date() : c.copySentDate));
            }
            case HEARING_NOTICE -> {
                Hearing h = Hearing.<Hearing>find("caseId = ?1 and status <> ?2 order by id desc", c.id, HearingStatus.CANCELLED)
                        .firstResult();
                require(c, r, h != null, "HEARING");
                v.put("hearingDate", date(h.scheduledDate));
                v.put("hearingPlace", h.place);
                v.put("hearingIssues", h.issues);
                v.put("hearingNoticeDate", date(h.noticeDate));
            }
            case SUSPENSION_NOTICE -> {
                Suspension s = Suspension.<Suspension>find("caseId = ?1 order by id desc", c.id).firstResult();
                require(c, r, s != null, "SUSPENSION");
                v.put("suspensionDate", date(s.startedDate));
                v.put("suspensionGround", s.ground == null ? "" : s.ground.labelZh());
                v.put("suspensionReason", s.reason);
            }
            case RESUMPTION_NOTICE -> {
                Suspension s = Suspension.<Suspension>find("caseId = ?1 and resumedDate is not null order by id desc", c.id).firstResult();
                require(c, r, s != null, "RESUMPTION");
                v.put("suspensionDate", date(s.startedDate));
                v.put("resumptionDate", date(s.resumedDate));
            }
            case EXTENSION_NOTICE -> {
                require(c, r, c.extensionDate != null, "EXTENSION");
                v.put("extensionDate", date(c.extensionDate));
                v.put("extensionDays", c.extensionDays == null ? "" : Integer.toString(c.extensionDays));
                v.put("extensionReason", c.extensionReason);
            }
            case TERMINATION_DECISION -> {
                require(c, r, decided(c) && c.decisionType == DecisionType.TERMINATION, "TERMINATION");
                v.put("concludedDate", date(c.concludedDate));
                v.put("terminationGround", c.terminationGround == null ? "" : c.terminationGround.labelZh());
                v.put("decisionArticle", c.terminationGround == null ? articles(DecisionType.TERMINATION.article())
                        : LAW + "第四十一条第一款第（" + numeral(c.terminationGround.item()) + "）项");
            }
            case DECISION -> {
                require(c, r, decided(c) && c.decisionType != DecisionType.TERMINATION && c.decisionType != DecisionType.MEDIATION,
                        "DECISION");
                v.put("concludedDate", date(c.concludedDate));
                v.put("decisionType", decisionWords(c));
                v.put("decisionArticle", articles(c.decisionType.article()));
                v.put("decisionSummary", c.decisionSummary);
            }
            case MEDIATION_AGREEMENT -> {
                Mediation m = Mediation.<Mediation>find("caseId = ?1 and kind = ?2 and agreementDate is not null order by id desc",
                        c.id, MediationKind.MEDIATION).firstResult();
                require(c, r, m != null, "MEDIATION_AGREEMENT");
                v.put("mediationContent", m.content);
                v.put("mediationDate", date(m.agreementDate));
            }
            case OPINION_LETTER -> {
                OpinionLetter o = OpinionLetter.<OpinionLetter>find("caseId = ?1 order by id desc", c.id).firstResult();
                require(c, r, o != null, "OPINION_LETTER");
                v.put("opinionSubject", o.subject);
                v.put("opinionIssuedDate", date(o.issuedDate));
                recipient = Respondent.<Respondent>findByIdOptional(o.respondentId).map(x -> x.name).orElse(respondent);
            }
            case SERVICE_RECEIPT -> {
                CaseDocument d = r.served();
                if (d == null) {
                    throw ApiException.invalidField("servedDocumentId", "REQUIRED");
                }
                if (r.recipient() == null) {
                    throw ApiException.invalidField("recipient", "REQUIRED");
                }
                String address = address(parties, respondent, r.recipient());
                v.put("servedDocumentTitle", d.generatedKind != null ? FormalDocumentKind.valueOf(d.generatedKind).labelZh()
                        : d.kind.labelZh());
                v.put("servedDocumentNumber", d.documentNumber);
                v.put("recipientAddress", address);
            }
            default -> throw new IllegalStateException(r.kind().name());
        }
        v.put("recipient", r.recipient() != null ? r.recipient() : recipient);
        v.replaceAll((k, x) -> x == null ? "" : x);
        return v;
    }

    /** The recipient of a 送达回证 must be a party of the case or the respondent; the address is the party's. */
    private static String address(List<CaseParty> parties, String respondent, String recipient) {
        for (CaseParty p : parties) {
            if (p.name.equals(recipient)) {
                return p.address;
            }
        }
        if (recipient.equals(respondent)) {
            return null;
        }
        List<String> known = new ArrayList<>();
        parties.forEach(p -> known.add(p.name));
        known.add(respondent);
        throw ApiException.unprocessable("SERVICE_RECIPIENT_UNKNOWN", recipient, String.join("、", known));
    }

    private static boolean decided(ReconsiderationCase c) {
        return (c.state == CaseState.CONCLUDED || c.state == CaseState.SERVED) && c.decisionType != null;
    }

    private static String decisionWords(ReconsiderationCase c) {
        String words = c.decisionType.labelZh() + "被申请人作出的" + (c.actDescription == null ? "行政行为" : c.actDescription);
        return switch (c.decisionType) {
            case REJECT_REQUEST -> "驳回申请人的行政复议请求";
            case DISMISS_APPLICATION -> "驳回申请人的行政复议申请";
            case REJECT_COMPENSATION -> "驳回申请人的行政赔偿请求";
            case ORDER_PERFORMANCE -> "责令被申请人在一定期限内履行法定职责";
            case AGREEMENT_ORDER -> "责令被申请人依法履行行政协议或者采取补救措施";
            case COMPENSATION_ORDER -> "责令被申请人依法给予赔偿";
            case CONFIRM_ILLEGAL -> "确认被申请人作出的" + (c.actDescription == null ? "行政行为" : c.actDescription) + "违法";
            case CONFIRM_INVALID -> "确认被申请人作出的" + (c.actDescription == null ? "行政行为" : c.actDescription) + "无效";
            case REVOKE, PARTIAL_REVOKE -> words + (c.orderToRedo ? "，责令被申请人在一定期限内重新作出行政行为" : "");
            default -> words;
        };
    }

    private static void require(ReconsiderationCase c, Request r, boolean ok, String requirement) {
        if (!ok) {
            throw ApiException.conflict("GENERATED_DOCUMENT_NOT_APPLICABLE", r.kind().name(), c.state.name(), requirement)
                    .with("requirement", requirement);
        }
    }

    private static List<CaseParty> role(List<CaseParty> parties, PartyRole role) {
        return parties.stream().filter(p -> p.role == role).toList();
    }

    private static String names(List<CaseParty> parties) {
        return parties.stream().map(p -> p.name).collect(Collectors.joining("、"));
    }

    static String date(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** "ARL 64" → 《中华人民共和国行政复议法》第六十四条; "ARL 41, 74" → …第四十一条、第七十四条. */
    static String articles(String ref) {
        if (ref == null || !ref.startsWith("ARL ")) {
            return ref;
        }
        List<String> parts = new ArrayList<>();
        for (String n : ref.substring(4).split(",\\s*")) {
            parts.add("第" + numeral(Integer.parseInt(n.strip())) + "条");
        }
        return LAW + String.join("、", parts);
    }

    /** 1–99 in Chinese numerals as statutes write them: 十、十一、二十、六十四. */
    static String numeral(int n) {
        String[] d = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };
        if (n < 10) {
            return d[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : d[tens]) + "十" + (ones == 0 ? "" : d[ones]);
    }
}
