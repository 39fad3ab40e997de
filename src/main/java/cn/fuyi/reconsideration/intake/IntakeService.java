package cn.fuyi.reconsideration.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.FieldError;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.lifecycle.LifecycleEngine.EventData;
import cn.fuyi.organ.CaseNumberPattern;
import cn.fuyi.organ.CodeItem;
import cn.fuyi.organ.Organ;
import cn.fuyi.organ.OrganService;
import cn.fuyi.organ.Respondent;
import cn.fuyi.reconsideration.CaseState;
import cn.fuyi.reconsideration.DateFact;
import cn.fuyi.reconsideration.ProcedureSteps;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.ReconsiderationService;
import cn.fuyi.reconsideration.RuleSet;
import cn.fuyi.reconsideration.Transition;
import cn.fuyi.reconsideration.decision.DecisionRules;
import cn.fuyi.reconsideration.api.CaseInputs.CaseDetailsInput;
import cn.fuyi.reconsideration.api.CaseInputs.PartyInput;

/** Intake (收到申请, ARL 22): a new application with its parties and case number, and corrections of its details. */
@ApplicationScoped
public class IntakeService extends ProcedureSteps {

    @Inject
    CaseNumbers numbers;
    @Inject
    OrganService organs;

    @Transactional
    public ReconsiderationCase receive(CaseDetailsInput in) {
        return receive(in, null);
    }

    /**
     * Receives an application; {@code givenNumber}, when not null, is the case number it already has (a case
     * brought in from a ledger keeps its number): it must be written in the organ's pattern and not be taken, and
     * the organ's counter is raised past it.
     */
    @Transactional
    public ReconsiderationCase receive(CaseDetailsInput in, String givenNumber) {
        audit.expect();
        if (!scope.seesOrgan(in.organId())) {
            throw ApiException.notFound("ORGAN_NOT_FOUND", in.organId());
        }
        Organ organ = organs.organ(in.organId());
        validateDetails(in);
        ReconsiderationCase c = draft(organ, in);
        if (givenNumber != null) {
            int[] parsed = CaseNumberPattern.parse(organ.caseNumberPattern, givenNumber);
            if (parsed == null) {
                throw ApiException.unprocessable("CASE_NUMBER_NOT_IN_PATTERN", givenNumber, organ.caseNumberPattern);
            }
            if (ReconsiderationCase.count("organId = ?1 and caseNumber = ?2", organ.id, givenNumber.strip()) > 0) {
                throw ApiException.conflict("CASE_NUMBER_TAKEN", givenNumber);
            }
            c.caseYear = parsed[0];
            c.caseSeq = parsed[1];
            c.caseNumber = givenNumber.strip();
            numbers.reserve(organ.id, c.caseYear, c.caseSeq);
        } else {
            // drawn last before the first insert: the organ's counter stays locked from here to the commit
            c.caseSeq = numbers.next(organ.id, c.caseYear);
            c.caseNumber = CaseNumberPattern.format(organ.caseNumberPattern, c.caseYear, c.caseSeq);
        }
        c.persist();
        replaceParties(c.id, in);
        Map<String, Object> details = receivedDetails(c,
                ReapplicationCheck.earlier(c).stream().map(ReapplicationCheck.Earlier::caseNumber).toList());
        cases.created(c, Transition.RECEIVE, new EventData(in.receivedDate(), null, details));
        return c;
    }

    /**
     * A new case as intake fills it in from {@code in} (checked already), its deadlines computed; not saved and without
     * its number. Shared with the ledger import's bulk path, which saves many at once.
     */
    public ReconsiderationCase draft(Organ organ, CaseDetailsInput in) {
        ReconsiderationCase c = new ReconsiderationCase();
        c.organId = organ.id;
        c.caseYear = in.receivedDate().getYear();
        c.state = CaseState.RECEIVED;
        c.ruleSet = RuleSet.forReceivedDate(in.receivedDate());
        applyDetails(c, in);
        c.reviewStartDate = in.receivedDate();
        c.clerk = in.clerk();
        c.clerkName = in.clerkName();
        c.createdAt = time.now();
        c.updatedAt = c.createdAt;
        c.createdBy = user.username();
        cases.refreshDeadlines(c);
        return c;
    }

    /** The RECEIVE event's details: the number, channel and rule set, and the withdrawn cases it may repeat. */
    public static Map<String, Object> receivedDetails(ReconsiderationCase c, List<String> repeats) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("caseNumber", c.caseNumber);
        details.put("channel", c.channel);
        details.put("ruleSet", c.ruleSet);
        if (!repeats.isEmpty()) {
            details.put("repeatsWithdrawnCases", repeats);
        }
        return details;
    }

    @Transactional
    public ReconsiderationCase updateDetails(long id, CaseDetailsInput in, VersionCheck check) {
        return step(id, Transition.UPDATE_DETAILS, check, c -> {
            if (in.organId() != c.organId) {
                throw ApiException.invalidField("organId", "IMMUTABLE", c.organId);
            }
            if (!in.receivedDate().equals(c.receivedDate)
                    && !(c.state == CaseState.RECEIVED && c.reviewStartDate.equals(c.receivedDate))) {
                throw ApiException.unprocessable("RECEIVED_DATE_LOCKED", c.state);
            }
            validateDetails(in);
            Map<String, Object> before = snapshot(c);
            boolean receivedChanged = !in.receivedDate().equals(c.receivedDate);
            applyDetails(c, in);
            if (receivedChanged) {
                c.reviewStartDate = in.receivedDate();
                c.ruleSet = RuleSet.forReceivedDate(in.receivedDate());
            }
            Map<String, Object> after = snapshot(c);
            Map<String, Object> changes = new LinkedHashMap<>();
            before.forEach((k, v) -> {
                if (!Objects.equals(v, after.get(k))) {
                    changes.put(k, Map.of("before", v == null ? "" : v, "after", after.get(k) == null ? "" : after.get(k)));
                }
            });
            if (partiesChanged(c.id, in)) {
                changes.put("parties", "replaced");
                replaceParties(c.id, in);
            }
            return new EventData(time.today(), null, Map.of("changes", changes));
        });
    }

    private void validateDetails(CaseDetailsInput in) {
        validateDetails(in, id -> Respondent.<Respondent>findById(id), IntakeService::codeUsable);
    }

    /**
     * The checks of a new application's details, with the respondent and code-list lookups given (the bulk import
     * remembers them across rows); 400 VALIDATION_FAILED naming each field.
     */
    public void validateDetails(CaseDetailsInput in, java.util.function.LongFunction<Respondent> respondents,
            CodeCheck codes) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = time.today();
        if (in.receivedDate().isAfter(today)) {
            errors.add(new FieldError("receivedDate", "DATE_IN_FUTURE", null, new Object[] { in.receivedDate(), today }));
        }
        if (in.actKnownDate() != null && in.actKnownDate().isAfter(in.receivedDate())) {
            errors.add(new FieldError("actKnownDate", "NOT_AFTER", null, new Object[] { DateFact.RECEIVED }));
        }
        if (in.actDate() != null && in.actDate().isAfter(in.receivedDate())) {
            errors.add(new FieldError("actDate", "NOT_AFTER", null, new Object[] { DateFact.RECEIVED }));
        }
        if (in.rightsKnownDate() != null && (in.rightsKnownDate().isAfter(in.receivedDate())
                || in.actKnownDate() != null && in.rightsKnownDate().isBefore(in.actKnownDate()))) {
            errors.add(new FieldError("rightsKnownDate", "BETWEEN_DATES", null, new Object[] { DateFact.ACT_KNOWN, DateFact.RECEIVED }));
        }
        if (in.rightsKnownDate() != null && !Boolean.FALSE.equals(in.actNoticeStatedRights())) {
            errors.add(new FieldError("rightsKnownDate", "ONLY_WHEN_RIGHTS_NOT_STATED", null, new Object[0]));
        }
        if ((in.obstacleFrom() == null) != (in.obstacleTo() == null)) {
            errors.add(new FieldError(in.obstacleFrom() == null ? "obstacleFrom" : "obstacleTo", "BOTH_OR_NEITHER", null, new Object[0]));
        } else if (in.obstacleFrom() != null && (in.obstacleTo().isBefore(in.obstacleFrom()) || in.obstacleTo().isAfter(in.receivedDate()))) {
            errors.add(new FieldError("obstacleTo", "BETWEEN_DATES", null, new Object[] { DateFact.OBSTACLE_STARTED, DateFact.RECEIVED }));
        }
        if (in.agencyReceivedDate() != null && in.agencyReceivedDate().isAfter(in.receivedDate())) {
            errors.add(new FieldError("agencyReceivedDate", "NOT_AFTER", null, new Object[] { DateFact.RECEIVED }));
        }
        if (in.agencyReceivedDate() != null && !DecisionRules.ADMINISTRATIVE_PENALTY.equals(in.actCategory())) {
            errors.add(new FieldError("agencyReceivedDate", "ONLY_FOR_PENALTIES", null, new Object[0]));
        }
        if (in.actDate() != null && in.actKnownDate() != null && in.actKnownDate().isBefore(in.actDate())) {
            errors.add(new FieldError("actKnownDate", "NOT_BEFORE", null, new Object[] { DateFact.ACT_DATE }));
        }
        Respondent r = respondents.apply(in.respondentId());
        if (r == null) {
            errors.add(new FieldError("respondentId", "UNKNOWN_RESPONDENT", null, new Object[] { in.respondentId() }));
        } else if (r.organId != in.organId()) {
            errors.add(new FieldError("respondentId", "RESPONDENT_OF_OTHER_ORGAN", null, new Object[] { r.name }));
        }
        if (!codes.usable(CodeItem.ACT_CATEGORY, in.actCategory(), in.organId())) {
            errors.add(new FieldError("actCategory", "UNKNOWN_CODE_IN_LIST", null, new Object[] { in.actCategory(), CodeItem.ACT_CATEGORY }));
        }
        if (!codes.usable(CodeItem.DOMAIN, in.actDomain(), in.organId())) {
            errors.add(new FieldError("actDomain", "UNKNOWN_CODE_IN_LIST", null, new Object[] { in.actDomain(), CodeItem.DOMAIN }));
        }
        checkIds(errors, "applicants", in.applicants());
        checkIds(errors, "agents", in.agents());
        checkIds(errors, "thirdParties", in.thirdParties());
        if (!errors.isEmpty()) {
            throw new ApiException(400, "VALIDATION_FAILED", errors);
        }
    }

    /** Whether a code may be used by an organ: listed, active, and the organ's own or one of its superiors'. */
    @FunctionalInterface
    public interface CodeCheck {
        boolean usable(String list, String code, long organId);
    }

    public static boolean codeUsable(String list, String code, long organId) {
        CodeItem item = CodeItem.find(list, code);
        return !(item == null || !item.active || (item.organId != null && !Organ.subtreeIds(item.organId).contains(organId)));
    }

    private static void checkIds(List<FieldError> errors, String field, List<PartyInput> parties) {
        if (parties == null) {
            return;
        }
        for (int i = 0; i < parties.size(); i++) {
            PartyInput p = parties.get(i);
            if (p.idType() == IdType.RESIDENT_ID_CARD && !ResidentIdNumber.valid(p.idNumber())) {
                errors.add(new FieldError(field + "[" + i + "].idNumber", "INVALID_ID_NUMBER", null, new Object[0]));
            }
            if (p.idNumber() != null && !p.idNumber().isBlank() && p.idType() == null) {
                errors.add(new FieldError(field + "[" + i + "].idType", "REQUIRED_WITH_ID_NUMBER", null, new Object[0]));
            }
        }
    }

    private static void applyDetails(ReconsiderationCase c, CaseDetailsInput in) {
        c.receivedDate = in.receivedDate();
        c.channel = in.channel();
        c.respondentId = in.respondentId();
        c.actCategory = in.actCategory();
        c.actDomain = in.actDomain();
        c.actDescription = in.actDescription();
        c.actDocumentNumber = in.actDocumentNumber();
        c.actDate = in.actDate();
        c.actKnownDate = in.actKnownDate();
        c.actNoticeStatedRights = in.actNoticeStatedRights();
        c.rightsKnownDate = in.rightsKnownDate();
        c.realProperty = Boolean.TRUE.equals(in.realProperty());
        c.longerPeriodDays = in.longerPeriodDays();
        c.obstacleFrom = in.obstacleFrom();
        c.obstacleTo = in.obstacleTo();
        c.agencyReceivedDate = in.agencyReceivedDate();
        c.reconsiderationFirst = in.reconsiderationFirst();
        c.amount = in.amount();
        c.request = in.request();
        c.factsAndReasons = in.factsAndReasons();
        c.compensationRequested = Boolean.TRUE.equals(in.compensationRequested());
    }

    private static Map<String, Object> snapshot(ReconsiderationCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("receivedDate", c.receivedDate);
        m.put("channel", c.channel);
        m.put("respondentId", c.respondentId);
        m.put("actCategory", c.actCategory);
        m.put("actDomain", c.actDomain);
        m.put("actDescription", c.actDescription);
        m.put("actDocumentNumber", c.actDocumentNumber);
        m.put("actDate", c.actDate);
        m.put("actKnownDate", c.actKnownDate);
        m.put("actNoticeStatedRights", c.actNoticeStatedRights);
        m.put("rightsKnownDate", c.rightsKnownDate);
        m.put("realProperty", c.realProperty);
        m.put("longerPeriodDays", c.longerPeriodDays);
        m.put("obstacleFrom", c.obstacleFrom);
        m.put("obstacleTo", c.obstacleTo);
        m.put("agencyReceivedDate", c.agencyReceivedDate);
        m.put("reconsiderationFirst", c.reconsiderationFirst);
        m.put("amount", c.amount);
        m.put("request", c.request);
        m.put("factsAndReasons", c.factsAndReasons);
        m.put("compensationRequested", c.compensationRequested);
        return m;
    }

    /**
     * Deletes the case's parties row by row (by primary key) rather than by case id: a range delete locks the index
     * gap next to the case, and two intakes of new cases would then deadlock on each other's gap.
     */
    private void replaceParties(long caseId, CaseDetailsInput in) {
        CaseParty.<CaseParty>list("caseId", caseId).forEach(CaseParty::delete);
        CaseParty.flush();
        int pos = 0;
        pos = addParties(caseId, PartyRole.APPLICANT, in.applicants(), pos);
        pos = addParties(caseId, PartyRole.AGENT, in.agents(), pos);
        addParties(caseId, PartyRole.THIRD_PARTY, in.thirdParties(), pos);
    }

    private static int addParties(long caseId, PartyRole role, List<PartyInput> list, int pos) {
        List<CaseParty> made = new ArrayList<>();
        pos = newParties(caseId, role, list, pos, made);
        made.forEach(p -> p.persist());
        return pos;
    }

    /** The parties of a new application in their order (applicants, agents, third parties), not saved. */
    public static List<CaseParty> newParties(CaseDetailsInput in) {
        List<CaseParty> made = new ArrayList<>();
        int pos = newParties(0, PartyRole.APPLICANT, in.applicants(), 0, made);
        pos = newParties(0, PartyRole.AGENT, in.agents(), pos, made);
        newParties(0, PartyRole.THIRD_PARTY, in.thirdParties(), pos, made);
        return made;
    }

    private static int newParties(long caseId, PartyRole role, List<PartyInput> list, int pos, List<CaseParty> made) {
        if (list == null) {
            return pos;
        }
        for (PartyInput in : list) {
            CaseParty p = new CaseParty();
            p.caseId = caseId;
            p.fill(in, pos++);
            p.role = role;
            p.agentKind = role == PartyRole.AGENT ? in.agentKind() : null;
            made.add(p);
        }
        return pos;
    }

    private static boolean partiesChanged(long caseId, CaseDetailsInput in) {
        List<CaseParty> current = ReconsiderationService.parties(caseId);
        List<String> now = new ArrayList<>();
        for (CaseParty p : current) {
            now.add(p.role + "|" + p.kind + "|" + p.name + "|" + p.idType + "|" + p.idNumber + "|" + p.phone + "|"
                    + p.address + "|" + p.legalRepresentative + "|" + p.agentKind);
        }
        List<String> next = new ArrayList<>();
        addKeys(next, PartyRole.APPLICANT, in.applicants());
        addKeys(next, PartyRole.AGENT, in.agents());
        addKeys(next, PartyRole.THIRD_PARTY, in.thirdParties());
        return !now.equals(next);
    }

    private static void addKeys(List<String> keys, PartyRole role, List<PartyInput> list) {
        if (list == null) {
            return;
        }
        for (PartyInput p : list) {
            keys.add(role + "|" + p.kind() + "|" + p.name().trim() + "|" + p.idType() + "|" + blankToNull(p.idNumber()) + "|"
                    + blankToNull(p.phone()) + "|" + blankToNull(p.address()) + "|" + blankToNull(p.legalRepresentative())
                    + "|" + (role == PartyRole.AGENT ? p.agentKind() : null));
        }
    }}
