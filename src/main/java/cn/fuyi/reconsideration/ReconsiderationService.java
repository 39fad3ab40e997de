package cn.fuyi.reconsideration;

import cn.fuyi.reconsideration.acceptance.AcceptanceKind;
import cn.fuyi.reconsideration.acceptance.CorrectionRequest;
import cn.fuyi.reconsideration.decision.DecisionType;
import cn.fuyi.reconsideration.decision.PublicationStatus;
import cn.fuyi.reconsideration.hearing.Hearing;
import cn.fuyi.reconsideration.hearing.HearingStatus;
import cn.fuyi.reconsideration.intake.CaseNumbers;
import cn.fuyi.reconsideration.intake.CaseParty;
import cn.fuyi.reconsideration.intake.IdType;
import cn.fuyi.reconsideration.intake.PartyRole;
import cn.fuyi.reconsideration.intake.ResidentIdNumber;
import cn.fuyi.reconsideration.performance.OpinionLetter;
import cn.fuyi.reconsideration.review.ProcedureType;
import cn.fuyi.reconsideration.review.SimplifiedGround;
import cn.fuyi.reconsideration.suspension.ExcludedPeriod;
import cn.fuyi.reconsideration.suspension.Suspension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.fuyi.audit.AuditLog;
import cn.fuyi.audit.SubjectType;
import cn.fuyi.calendar.CalendarService;
import cn.fuyi.calendar.StatutoryPeriod;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.FieldError;
import cn.fuyi.common.TimeSource;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.organ.CaseNumberPattern;
import cn.fuyi.organ.CodeItem;
import cn.fuyi.organ.Organ;
import cn.fuyi.organ.OrganService;
import cn.fuyi.organ.Respondent;
import cn.fuyi.reconsideration.api.CaseInputs;
import cn.fuyi.reconsideration.api.CaseInputs.CaseDetailsInput;
import cn.fuyi.reconsideration.api.CaseInputs.PartyInput;
import cn.fuyi.reconsideration.deadline.CaseDeadlines;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.lifecycle.EventRecorder;
import cn.fuyi.lifecycle.LifecycleEngine;
import cn.fuyi.lifecycle.LifecycleEvent;
import cn.fuyi.lifecycle.Lifecycle;
import cn.fuyi.reconsideration.deadline.DeadlineKind;

/**
 * Intake and the lifecycle of reconsideration cases. Every change of a case goes through {@link #step}: it checks
 * the caller's version, asks {@link Transition} whether the step is allowed, lets the step check its statutory
 * conditions and record its facts, writes the event and recomputes the deadlines, all in one transaction.
 */
@ApplicationScoped
public class ReconsiderationService extends LifecycleEngine<ReconsiderationCase, CaseState, Transition> {

    @Inject
    CaseNumbers numbers;
    @Inject
    CalendarService calendar;
    @Inject
    OrganService organs;

    @ConfigProperty(name = "fuyi.deadlines.exclude-suspension", defaultValue = "true")
    boolean excludeSuspension;

    public ReconsiderationCase find(long id) {
        ReconsiderationCase c = ReconsiderationCase.findById(id);
        if (c == null || !visible(c)) {
            throw ApiException.notFound("CASE_NOT_FOUND", id);
        }
        return c;
    }

    /** Reading a case's personal data is itself recorded in the audit trail. */
    @Transactional
    public ReconsiderationCase read(long id) {
        ReconsiderationCase c = find(id);
        auditRead(c);
        return c;
    }

    /** Whether the current user may see the case: one of their organs', or for agency staff, their agency's. */
    public boolean visible(ReconsiderationCase c) {
        return scope.agencyOnly() ? c.respondentId == scope.respondentId() : scope.seesOrgan(c.organId);
    }

    // ---- intake and details ----------------------------------------------------------------------------------

    @Transactional
    public ReconsiderationCase receive(CaseDetailsInput in) {
        audit.expect();
        if (!scope.seesOrgan(in.organId())) {
            throw ApiException.notFound("ORGAN_NOT_FOUND", in.organId());
        }
        Organ organ = organs.organ(in.organId());
        validateDetails(in);
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
        refreshDeadlines(c);
        // drawn last before the first insert: the organ's counter stays locked from here to the commit
        c.caseSeq = numbers.next(organ.id, c.caseYear);
        c.caseNumber = CaseNumberPattern.format(organ.caseNumberPattern, c.caseYear, c.caseSeq);
        c.persist();
        replaceParties(c.id, in);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("caseNumber", c.caseNumber);
        details.put("channel", c.channel);
        details.put("ruleSet", c.ruleSet);
        created(c, Transition.RECEIVE, new EventData(in.receivedDate(), null, details));
        return c;
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
        if (in.actDate() != null && in.actKnownDate() != null && in.actKnownDate().isBefore(in.actDate())) {
            errors.add(new FieldError("actKnownDate", "NOT_BEFORE", null, new Object[] { DateFact.ACT_DATE }));
        }
        Respondent r = Respondent.findById(in.respondentId());
        if (r == null) {
            errors.add(new FieldError("respondentId", "UNKNOWN_RESPONDENT", null, new Object[] { in.respondentId() }));
        } else if (r.organId != in.organId()) {
            errors.add(new FieldError("respondentId", "RESPONDENT_OF_OTHER_ORGAN", null, new Object[] { r.name }));
        }
        checkCode(errors, "actCategory", CodeItem.ACT_CATEGORY, in.actCategory(), in.organId());
        checkCode(errors, "actDomain", CodeItem.DOMAIN, in.actDomain(), in.organId());
        checkIds(errors, "applicants", in.applicants());
        checkIds(errors, "agents", in.agents());
        checkIds(errors, "thirdParties", in.thirdParties());
        if (!errors.isEmpty()) {
            throw new ApiException(400, "VALIDATION_FAILED", errors);
        }
    }

    private static void checkCode(List<FieldError> errors, String field, String list, String code, long organId) {
        CodeItem item = CodeItem.find(list, code);
        if (item == null || !item.active || (item.organId != null && !Organ.subtreeIds(item.organId).contains(organId))) {
            errors.add(new FieldError(field, "UNKNOWN_CODE_IN_LIST", null, new Object[] { code, list }));
        }
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
        if (list == null) {
            return pos;
        }
        for (PartyInput in : list) {
            CaseParty p = new CaseParty();
            p.caseId = caseId;
            p.fill(in, pos++);
            p.role = role;
            p.agentKind = role == PartyRole.AGENT ? in.agentKind() : null;
            p.persist();
        }
        return pos;
    }

    private static boolean partiesChanged(long caseId, CaseDetailsInput in) {
        List<CaseParty> current = parties(caseId);
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
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    // ---- the steps -------------------------------------------------------------------------------------------

    @Transactional
    public ReconsiderationCase assignClerk(long id, VersionCheck check, CaseInputs.AssignClerk in) {
        return step(id, Transition.ASSIGN_CLERK, check, c -> {
            Map<String, Object> d = details("previousClerk", c.clerk, "clerk", in.clerk(), "clerkName", in.clerkName());
            c.clerk = in.clerk();
            c.clerkName = in.clerkName();
            return new EventData(in.date() != null ? in.date() : time.today(), in.reason(), d);
        });
    }

    @Transactional
    public ReconsiderationCase requestCorrection(long id, VersionCheck check, CaseInputs.RequestCorrection in) {
        return step(id, Transition.REQUEST_CORRECTION, check, c -> {
            notBefore(Transition.REQUEST_CORRECTION, in.date(), DateFact.REVIEW_START, c.reviewStartDate);
            LocalDate noticeReceived = in.noticeReceivedDate() != null ? in.noticeReceivedDate() : in.date();
            notBefore(Transition.REQUEST_CORRECTION, noticeReceived, DateFact.CORRECTION_REQUESTED, in.date());
            notInFuture(Transition.REQUEST_CORRECTION, noticeReceived);
            CorrectionRequest cr = new CorrectionRequest();
            cr.caseId = c.id;
            cr.requestedDate = in.date();
            cr.noticeReceivedDate = noticeReceived;
            cr.items = in.items();
            cr.persist();
            return new EventData(in.date(), in.reason(), details("correctionId", cr.id, "noticeReceivedDate", noticeReceived,
                    "items", in.items()));
        });
    }

    @Transactional
    public ReconsiderationCase extendCorrectionPeriod(long id, VersionCheck check, CaseInputs.ExtendCorrectionPeriod in) {
        return step(id, Transition.EXTEND_CORRECTION_PERIOD, check, c -> {
            CorrectionRequest cr = openCorrection(c);
            notBefore(Transition.EXTEND_CORRECTION_PERIOD, in.date(), DateFact.CORRECTION_REQUESTED, cr.requestedDate);
            cr.extendedDays = (cr.extendedDays == null ? 0 : cr.extendedDays) + in.days();
            cr.extensionReason = in.reason();
            return new EventData(in.date(), in.reason(), details("correctionId", cr.id, "days", in.days(),
                    "totalExtendedDays", cr.extendedDays));
        });
    }

    @Transactional
    public ReconsiderationCase receiveCorrection(long id, VersionCheck check, CaseInputs.DatedStep in) {
        return step(id, Transition.RECEIVE_CORRECTION, check, c -> {
            CorrectionRequest cr = openCorrection(c);
            notBefore(Transition.RECEIVE_CORRECTION, in.date(), DateFact.CORRECTION_REQUESTED, cr.requestedDate);
            cr.receivedDate = in.date();
            c.reviewStartDate = in.date();
            return new EventData(in.date(), in.reason(), details("correctionId", cr.id));
        });
    }

    @Transactional
    public ReconsiderationCase abandon(long id, VersionCheck check, CaseInputs.DatedStep in) {
        return step(id, Transition.ABANDON, check, c -> {
            CorrectionRequest cr = openCorrection(c);
            Deadline due = deadlines(c, time.today()).stream()
                    .filter(d -> d.kind() == DeadlineKind.CORRECTION_REPLY).findFirst().orElseThrow();
            if (!in.date().isAfter(due.due())) {
                throw ApiException.unprocessable("CORRECTION_PERIOD_NOT_OVER", due.due());
            }
            cr.abandonedDate = in.date();
            c.abandonedDate = in.date();
            return new EventData(in.date(), in.reason(), details("correctionId", cr.id, "correctionDue", due.due()));
        });
    }

    @Transactional
    public ReconsiderationCase accept(long id, VersionCheck check, CaseInputs.DatedStep in) {
        return step(id, Transition.ACCEPT, check, c -> {
            notBefore(Transition.ACCEPT, in.date(), DateFact.REVIEW_START, c.reviewStartDate);
            c.acceptedDate = in.date();
            c.acceptanceKind = AcceptanceKind.DECIDED;
            return new EventData(in.date(), in.reason(), details("acceptanceKind", AcceptanceKind.DECIDED));
        });
    }

    @Transactional
    public ReconsiderationCase deemAccepted(long id, VersionCheck check, CaseInputs.DeemAccepted in) {
        return step(id, Transition.DEEM_ACCEPTED, check, c -> {
            LocalDate due = deadlineCalculator(c, time.today()).acceptanceReview().due();
            if (!time.today().isAfter(due)) {
                throw ApiException.unprocessable("REVIEW_PERIOD_NOT_OVER", due);
            }
            c.acceptedDate = due;
            c.acceptanceKind = AcceptanceKind.DEEMED;
            return new EventData(due, in == null ? null : in.reason(), details("acceptanceKind", AcceptanceKind.DEEMED,
                    "reviewDue", due));
        });
    }

    @Transactional
    public ReconsiderationCase notAccept(long id, VersionCheck check, CaseInputs.NotAccept in) {
        return step(id, Transition.NOT_ACCEPT, check, c -> {
            notBefore(Transition.NOT_ACCEPT, in.date(), DateFact.REVIEW_START, c.reviewStartDate);
            c.notAcceptedDate = in.date();
            c.notAcceptedReason = in.reason();
            c.competentOrgan = blankToNull(in.competentOrgan());
            return new EventData(in.date(), in.reason(), details("competentOrgan", c.competentOrgan));
        });
    }

    @Transactional
    public ReconsiderationCase chooseProcedure(long id, VersionCheck check, CaseInputs.ChooseProcedure in) {
        return step(id, Transition.CHOOSE_PROCEDURE, check, c -> {
            notBefore(Transition.CHOOSE_PROCEDURE, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            if (in.procedure() == ProcedureType.SIMPLIFIED) {
                if (c.ruleSet == RuleSet.ARL_2017) {
                    throw ApiException.unprocessable("SIMPLIFIED_NOT_AVAILABLE", c.ruleSet);
                }
                if (in.simplifiedGround() == null) {
                    throw ApiException.invalidField("simplifiedGround", "REQUIRED_FOR_SIMPLIFIED");
                }
                if (in.simplifiedGround() == SimplifiedGround.AMOUNT_UP_TO_3000 && c.amount != null
                        && c.amount.compareTo(java.math.BigDecimal.valueOf(3000)) > 0) {
                    throw ApiException.unprocessable("SIMPLIFIED_AMOUNT_TOO_HIGH", c.amount.toPlainString());
                }
            } else if (in.simplifiedGround() != null) {
                throw ApiException.invalidField("simplifiedGround", "ONLY_FOR_SIMPLIFIED");
            }
            c.procedure = in.procedure();
            c.simplifiedGround = in.simplifiedGround();
            return new EventData(in.date(), in.reason(), details("procedure", in.procedure(), "simplifiedGround",
                    in.simplifiedGround()));
        });
    }

    @Transactional
    public ReconsiderationCase convertToOrdinary(long id, VersionCheck check, CaseInputs.ApprovedStep in) {
        return step(id, Transition.CONVERT_TO_ORDINARY, check, c -> {
            if (c.procedure != ProcedureType.SIMPLIFIED) {
                throw ApiException.unprocessable("NOT_SIMPLIFIED");
            }
            notBefore(Transition.CONVERT_TO_ORDINARY, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            c.procedure = ProcedureType.ORDINARY;
            c.convertedDate = in.date();
            c.conversionApprovedBy = user.displayName();
            return new EventData(in.date(), in.reason(), details("approvedBy", c.conversionApprovedBy, "from",
                    ProcedureType.SIMPLIFIED, "to", ProcedureType.ORDINARY));
        });
    }

    @Transactional
    public ReconsiderationCase sendCopy(long id, VersionCheck check, CaseInputs.SendCopy in) {
        return step(id, Transition.SEND_COPY, check, c -> {
            if (c.copySentDate != null) {
                throw ApiException.unprocessable("COPY_ALREADY_SENT", c.copySentDate);
            }
            notBefore(Transition.SEND_COPY, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            LocalDate received = in.receivedDate() != null ? in.receivedDate() : in.date();
            notBefore(Transition.SEND_COPY, received, DateFact.COPY_SENT, in.date());
            notInFuture(Transition.SEND_COPY, received);
            c.copySentDate = in.date();
            c.copyReceivedDate = received;
            return new EventData(in.date(), in.reason(), details("respondentReceivedDate", received));
        });
    }

    @Transactional
    public ReconsiderationCase receiveReply(long id, VersionCheck check, CaseInputs.DatedStep in) {
        return step(id, Transition.RECEIVE_REPLY, check, c -> {
            if (c.copySentDate == null) {
                throw ApiException.unprocessable("COPY_NOT_SENT");
            }
            if (c.replyReceivedDate != null) {
                throw ApiException.unprocessable("REPLY_ALREADY_RECEIVED", c.replyReceivedDate);
            }
            notBefore(Transition.RECEIVE_REPLY, in.date(), DateFact.COPY_SENT, c.copySentDate);
            c.replyReceivedDate = in.date();
            return new EventData(in.date(), in.reason(), Map.of());
        });
    }

    @Transactional
    public ReconsiderationCase suspend(long id, VersionCheck check, CaseInputs.Suspend in) {
        return step(id, Transition.SUSPEND, check, c -> {
            notBefore(Transition.SUSPEND, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            Suspension s = new Suspension();
            s.caseId = c.id;
            s.ground = in.ground();
            s.startedDate = in.date();
            s.reason = in.reason();
            s.persist();
            return new EventData(in.date(), in.reason(), details("suspensionId", s.id, "ground", in.ground()));
        });
    }

    @Transactional
    public ReconsiderationCase resume(long id, VersionCheck check, CaseInputs.DatedStep in) {
        return step(id, Transition.RESUME, check, c -> {
            Suspension s = Suspension.<Suspension>find("caseId = ?1 and resumedDate is null", c.id).firstResult();
            notBefore(Transition.RESUME, in.date(), DateFact.SUSPENDED, s.startedDate);
            s.resumedDate = in.date();
            return new EventData(in.date(), in.reason(), details("suspensionId", s.id, "suspendedDays",
                    java.time.temporal.ChronoUnit.DAYS.between(s.startedDate, in.date())));
        });
    }

    /** A site inspection or appraisal starts: its days will not count toward the decision deadline. */
    @Transactional
    public ReconsiderationCase startExcludedPeriod(long id, VersionCheck check, CaseInputs.ExcludedPeriodStep in) {
        return step(id, Transition.START_EXCLUDED_PERIOD, check, c -> {
            notBefore(Transition.START_EXCLUDED_PERIOD, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            if (ExcludedPeriod.count("caseId = ?1 and kind = ?2 and endedDate is null", c.id, in.kind()) > 0) {
                throw ApiException.conflict("EXCLUDED_PERIOD_ALREADY_OPEN", in.kind());
            }
            ExcludedPeriod p = new ExcludedPeriod();
            p.caseId = c.id;
            p.kind = in.kind();
            p.startedDate = in.date();
            p.reason = in.reason();
            p.persist();
            return new EventData(in.date(), in.reason(), details("excludedPeriodId", p.id, "kind", in.kind()));
        });
    }

    /** The site inspection or appraisal of that kind ends; the days between start and end are excluded. */
    @Transactional
    public ReconsiderationCase endExcludedPeriod(long id, VersionCheck check, CaseInputs.ExcludedPeriodStep in) {
        return step(id, Transition.END_EXCLUDED_PERIOD, check, c -> {
            ExcludedPeriod p = ExcludedPeriod.<ExcludedPeriod>find("caseId = ?1 and kind = ?2 and endedDate is null", c.id, in.kind())
                    .firstResult();
            if (p == null) {
                throw ApiException.conflict("EXCLUDED_PERIOD_NOT_OPEN", in.kind());
            }
            notBefore(Transition.END_EXCLUDED_PERIOD, in.date(), DateFact.EXCLUDED_PERIOD_STARTED, p.startedDate);
            p.endedDate = in.date();
            return new EventData(in.date(), in.reason(), details("excludedPeriodId", p.id, "kind", in.kind(), "excludedDays",
                    java.time.temporal.ChronoUnit.DAYS.between(p.startedDate, in.date())));
        });
    }

    @Transactional
    public ReconsiderationCase extend(long id, VersionCheck check, CaseInputs.Extend in) {
        return step(id, Transition.EXTEND, check, c -> {
            if (c.extensionDays != null) {
                throw ApiException.unprocessable("EXTENSION_ALREADY_GRANTED", c.extensionDate, c.extensionDays);
            }
            if (c.procedure == ProcedureType.SIMPLIFIED) {
                throw ApiException.unprocessable("EXTENSION_NOT_FOR_SIMPLIFIED");
            }
            notBefore(Transition.EXTEND, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            LocalDate due = deadlineCalculator(c, in.date()).decision().due();
            if (in.date().isAfter(due)) {
                throw ApiException.unprocessable("EXTENSION_AFTER_DEADLINE", due);
            }
            c.extensionDays = in.days();
            c.extensionDate = in.date();
            c.extensionApprovedBy = user.displayName();
            c.extensionReason = in.reason();
            return new EventData(in.date(), in.reason(), details("days", in.days(), "approvedBy", c.extensionApprovedBy,
                    "previousDue", due));
        });
    }

    @Transactional
    public ReconsiderationCase scheduleHearing(long id, VersionCheck check, CaseInputs.ScheduleHearing in) {
        return step(id, Transition.SCHEDULE_HEARING, check, c -> {
            notBefore(Transition.SCHEDULE_HEARING, in.noticeDate(), DateFact.ACCEPTED, c.acceptedDate);
            requireNotice(in.noticeDate(), in.hearingDate());
            Hearing h = new Hearing();
            h.caseId = c.id;
            h.status = HearingStatus.SCHEDULED;
            h.noticeDate = in.noticeDate();
            h.scheduledDate = in.hearingDate();
            h.place = in.place();
            h.issues = in.issues();
            h.persist();
            return new EventData(in.noticeDate(), in.reason(), details("hearingId", h.id, "hearingDate",
                    in.hearingDate(), "place", in.place()));
        });
    }

    @Transactional
    public ReconsiderationCase holdHearing(long id, VersionCheck check, CaseInputs.HoldHearing in) {
        return step(id, Transition.HOLD_HEARING, check, c -> {
            Hearing h = scheduledHearing(c, in.hearingId());
            if (!in.date().equals(h.scheduledDate)) {
                throw ApiException.unprocessable("HEARING_DATE_MISMATCH", h.scheduledDate, in.date());
            }
            h.status = HearingStatus.HELD;
            h.heldDate = in.date();
            h.presidingOfficer = in.presidingOfficer();
            h.hearingOfficers = String.join("、", in.hearingOfficers());
            h.recorder = in.recorder();
            h.respondentHeadAttended = in.respondentHeadAttended();
            h.note = in.note();
            return new EventData(in.date(), in.note(), details("hearingId", h.id, "presidingOfficer",
                    in.presidingOfficer(), "hearingOfficers", in.hearingOfficers(), "recorder", in.recorder(),
                    "respondentHeadAttended", in.respondentHeadAttended()));
        });
    }

    @Transactional
    public ReconsiderationCase postponeHearing(long id, VersionCheck check, CaseInputs.PostponeHearing in) {
        return step(id, Transition.POSTPONE_HEARING, check, c -> {
            Hearing h = scheduledHearing(c, in.hearingId());
            LocalDate notice = in.newNoticeDate() != null ? in.newNoticeDate() : in.date();
            notBefore(Transition.POSTPONE_HEARING, notice, DateFact.HEARING_NOTICE, h.noticeDate);
            notInFuture(Transition.POSTPONE_HEARING, notice);
            requireNotice(notice, in.newHearingDate());
            Map<String, Object> d = details("hearingId", h.id, "previousHearingDate", h.scheduledDate,
                    "newHearingDate", in.newHearingDate(), "newNoticeDate", notice);
            h.scheduledDate = in.newHearingDate();
            h.noticeDate = notice;
            return new EventData(in.date(), in.reason(), d);
        });
    }

    @Transactional
    public ReconsiderationCase cancelHearing(long id, VersionCheck check, CaseInputs.CancelHearing in) {
        return step(id, Transition.CANCEL_HEARING, check, c -> {
            Hearing h = scheduledHearing(c, in.hearingId());
            notBefore(Transition.CANCEL_HEARING, in.date(), DateFact.HEARING_NOTICE, h.noticeDate);
            h.status = HearingStatus.CANCELLED;
            h.note = in.reason();
            return new EventData(in.date(), in.reason(), details("hearingId", h.id));
        });
    }

    @Transactional
    public ReconsiderationCase dismiss(long id, VersionCheck check, CaseInputs.Dismiss in) {
        return step(id, Transition.DISMISS_APPLICATION, check, c -> {
            notBefore(Transition.DISMISS_APPLICATION, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            requireNoPendingHearing(c);
            c.decisionType = DecisionType.DISMISS_APPLICATION;
            c.concludedDate = in.date();
            c.decisionSummary = in.reason();
            c.decisionApprovedBy = user.displayName();
            return new EventData(in.date(), in.reason(), details("decisionType", DecisionType.DISMISS_APPLICATION,
                    "approvedBy", c.decisionApprovedBy));
        });
    }

    @Transactional
    public ReconsiderationCase conclude(long id, VersionCheck check, CaseInputs.Conclude in) {
        return step(id, Transition.CONCLUDE, check, c -> {
            DecisionType type = in.decisionType();
            notBefore(Transition.CONCLUDE, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            if (c.state == CaseState.SUSPENDED && type != DecisionType.TERMINATION) {
                throw ApiException.unprocessable("ONLY_TERMINATION_WHILE_SUSPENDED", type);
            }
            boolean redo = Boolean.TRUE.equals(in.orderToRedo());
            if (redo && !type.allowsOrderToRedo()) {
                throw ApiException.unprocessable("ORDER_TO_REDO_NOT_APPLICABLE", type);
            }
            if (type == DecisionType.TERMINATION && in.terminationGround() == null) {
                throw ApiException.invalidField("terminationGround", "REQUIRED_FOR_TERMINATION");
            }
            if (type != DecisionType.TERMINATION && in.terminationGround() != null) {
                throw ApiException.invalidField("terminationGround", "ONLY_FOR_TERMINATION");
            }
            boolean indirect = Boolean.TRUE.equals(in.respondentCorrectedAct());
            if (indirect && !type.allowsIndirectCorrection()) {
                throw ApiException.unprocessable("INDIRECT_CORRECTION_NOT_APPLICABLE", type);
            }
            requireNoPendingHearing(c);
            c.decisionType = type;
            c.orderToRedo = redo;
            c.terminationGround = in.terminationGround();
            c.indirectCorrection = indirect;
            c.decisionSummary = in.summary();
            c.decisionApprovedBy = user.displayName();
            c.concludedDate = in.date();
            return new EventData(in.date(), in.reason(), details("decisionType", type, "orderToRedo", redo,
                    "terminationGround", in.terminationGround(), "respondentCorrectedAct", indirect,
                    "correction", type.correction(), "approvedBy", c.decisionApprovedBy));
        });
    }

    @Transactional
    public ReconsiderationCase serve(long id, VersionCheck check, CaseInputs.DatedStep in) {
        return step(id, Transition.SERVE, check, c -> {
            notBefore(Transition.SERVE, in.date(), DateFact.CONCLUDED, c.concludedDate);
            c.servedDate = in.date();
            return new EventData(in.date(), in.reason(), Map.of());
        });
    }

    @Transactional
    public ReconsiderationCase publish(long id, VersionCheck check, CaseInputs.Publish in) {
        return step(id, Transition.PUBLISH, check, c -> {
            requirePublicationOpen(c);
            notBefore(Transition.PUBLISH, in.date(), DateFact.SERVED, c.servedDate);
            c.publicationStatus = PublicationStatus.PUBLISHED;
            c.publishedDate = in.date();
            c.publicationPlace = in.place();
            return new EventData(in.date(), null, details("place", in.place()));
        });
    }

    @Transactional
    public ReconsiderationCase recordNotPublished(long id, VersionCheck check, CaseInputs.ReasonedStep in) {
        return step(id, Transition.RECORD_NOT_PUBLISHED, check, c -> {
            requirePublicationOpen(c);
            notBefore(Transition.RECORD_NOT_PUBLISHED, in.date(), DateFact.SERVED, c.servedDate);
            c.publicationStatus = PublicationStatus.NOT_PUBLISHED;
            c.nonPublicationReason = in.reason();
            return new EventData(in.date(), in.reason(), Map.of());
        });
    }

    @Transactional
    public ReconsiderationCase issueOpinionLetter(long id, VersionCheck check, CaseInputs.IssueOpinionLetter in) {
        return step(id, Transition.ISSUE_OPINION_LETTER, check, c -> {
            notBefore(Transition.ISSUE_OPINION_LETTER, in.date(), DateFact.CONCLUDED, c.concludedDate);
            long respondentId = in.respondentId() != null ? in.respondentId() : c.respondentId;
            Respondent r = Respondent.findById(respondentId);
            if (r == null || !Organ.subtreeIds(c.organId).contains(r.organId)) {
                throw ApiException.invalidField("respondentId", "UNKNOWN_RESPONDENT", respondentId);
            }
            OpinionLetter l = new OpinionLetter();
            l.caseId = c.id;
            l.respondentId = respondentId;
            l.issuedDate = in.date();
            l.documentNumber = blankToNull(in.documentNumber());
            l.subject = in.subject();
            l.persist();
            return new EventData(in.date(), null, details("letterId", l.id, "respondentId", respondentId,
                    "documentNumber", l.documentNumber, "subject", in.subject()));
        });
    }

    @Transactional
    public ReconsiderationCase answerOpinionLetter(long id, VersionCheck check, CaseInputs.AnswerOpinionLetter in) {
        return step(id, Transition.ANSWER_OPINION_LETTER, check, c -> {
            OpinionLetter l = OpinionLetter.findById(in.letterId());
            if (l == null || l.caseId != c.id) {
                throw ApiException.notFound("OPINION_LETTER_NOT_FOUND", in.letterId());
            }
            if (l.answeredDate != null) {
                throw ApiException.unprocessable("OPINION_LETTER_ALREADY_ANSWERED", l.answeredDate);
            }
            notBefore(Transition.ANSWER_OPINION_LETTER, in.date(), DateFact.LETTER_ISSUED, l.issuedDate);
            l.answeredDate = in.date();
            l.answerSummary = in.summary();
            return new EventData(in.date(), null, details("letterId", l.id, "summary", in.summary()));
        });
    }

    // ---- the engine ------------------------------------------------------------------------------------------

    private ReconsiderationCase step(long id, Transition t, VersionCheck check,
            Function<ReconsiderationCase, EventData> body) {
        return run(find(id), t, check, body);
    }

    @Override
    protected SubjectType subject() {
        return SubjectType.RECONSIDERATION_CASE;
    }

    @Override
    protected List<Transition> allowedIn(CaseState state) {
        return Transition.allowedIn(state);
    }

    @Override
    protected LifecycleEvent newEvent(ReconsiderationCase c, Transition t, CaseState from) {
        CaseEvent ev = new CaseEvent();
        ev.caseId = c.id;
        ev.transition = t;
        ev.fromState = from;
        ev.toState = t.target(from == null ? CaseState.RECEIVED : from);
        return ev;
    }

    @Override
    protected String ownerField() {
        return "caseId";
    }

    @Override
    protected String feedType(Transition t) {
        return switch (t) {
            case RECEIVE -> "CASE_RECEIVED";
            case CONCLUDE, DISMISS_APPLICATION -> "CASE_DECIDED";
            case UPDATE_DETAILS -> "CASE_UPDATED";
            default -> "CASE_TRANSITION";
        };
    }

    @Override
    protected Map<String, Object> feedPayload(ReconsiderationCase c, Transition t, CaseState from, LocalDate date) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseNumber", c.caseNumber);
        m.put("transition", t.name());
        if (from != null) {
            m.put("fromState", from.name());
        }
        m.put("toState", c.state.name());
        m.put("date", date.toString());
        if (c.decisionType != null && (t == Transition.CONCLUDE || t == Transition.DISMISS_APPLICATION)) {
            m.put("decisionType", c.decisionType.name());
            m.put("correction", c.decisionType.correction());
        }
        return m;
    }

    /** Recomputes the stored decision deadline and next due date from the case's facts. */
    @Override
    public void refreshDeadlines(ReconsiderationCase c) {
        List<Deadline> all = deadlines(c, time.today());
        c.decisionDueDate = all.stream().filter(d -> d.kind() == DeadlineKind.DECISION).map(Deadline::due)
                .findFirst().orElse(null);
        var next = Deadline.next(all);
        c.nextDeadlineKind = next.map(d -> d.kind().name()).orElse(null);
        c.nextDueDate = next.map(Deadline::due).orElse(null);
    }

    public List<Deadline> deadlines(ReconsiderationCase c, LocalDate asOf) {
        return deadlineCalculator(c, asOf).all();
    }

    CaseDeadlines deadlineCalculator(ReconsiderationCase c, LocalDate asOf) {
        if (c.id == null) {
            return new CaseDeadlines(c, List.of(), List.of(), List.of(), List.of(), List.of(), calendar.current(), excludeSuspension, asOf);
        }
        return new CaseDeadlines(c, CorrectionRequest.list("caseId = ?1 order by id", c.id),
                Suspension.list("caseId = ?1 order by id", c.id), ExcludedPeriod.list("caseId = ?1 order by id", c.id),
                Hearing.list("caseId = ?1 order by id", c.id), OpinionLetter.list("caseId = ?1 order by id", c.id), calendar.current(),
                excludeSuspension, asOf);
    }

    /** After the calendar changed, every case whose deadlines may move is recomputed. */
    @Transactional
    public int refreshOpenCases() {
        audit.expect();
        List<ReconsiderationCase> open = ReconsiderationCase.list("state not in ?1",
                List.of(CaseState.ABANDONED, CaseState.NOT_ACCEPTED));
        for (ReconsiderationCase c : open) {
            refreshDeadlines(c);
        }
        audit.record(SubjectType.SYSTEM, null, null, "RECOMPUTE_CASE_DEADLINES", Map.of("cases", open.size()),
                "holiday calendar changed");
        return open.size();
    }

    // ---- checks ----------------------------------------------------------------------------------------------

    private void notInFuture(Transition t, LocalDate date) {
        Lifecycle.notInFuture(t, date, time.today());
    }

    private static void notBefore(Transition t, LocalDate date, DateFact fact, LocalDate earlier) {
        Lifecycle.notBefore(t, date, fact, earlier);
    }

    private void requireNotice(LocalDate noticeDate, LocalDate hearingDate) {
        LocalDate latest = StatutoryPeriod.latestNoticeDate(hearingDate, 5, calendar.current());
        if (noticeDate.isAfter(latest)) {
            throw ApiException.unprocessable("HEARING_NOTICE_TOO_SHORT", hearingDate, noticeDate, latest)
                    .with("latestNoticeDate", latest.toString());
        }
    }

    private static CorrectionRequest openCorrection(ReconsiderationCase c) {
        return CorrectionRequest.<CorrectionRequest>find(
                "caseId = ?1 and receivedDate is null and abandonedDate is null order by id desc", c.id).firstResult();
    }

    private static Hearing scheduledHearing(ReconsiderationCase c, long hearingId) {
        Hearing h = Hearing.findById(hearingId);
        if (h == null || h.caseId != c.id) {
            throw ApiException.notFound("HEARING_NOT_FOUND", hearingId);
        }
        if (h.status != HearingStatus.SCHEDULED) {
            throw ApiException.unprocessable("HEARING_NOT_SCHEDULED", h.status);
        }
        return h;
    }

    private static void requireNoPendingHearing(ReconsiderationCase c) {
        if (Hearing.count("caseId = ?1 and status = ?2", c.id, HearingStatus.SCHEDULED) > 0) {
            throw ApiException.unprocessable("HEARING_PENDING");
        }
    }

    private static void requirePublicationOpen(ReconsiderationCase c) {
        if (c.publicationStatus != null) {
            throw ApiException.unprocessable("PUBLICATION_ALREADY_RECORDED", c.publicationStatus);
        }
    }

    static List<CaseParty> parties(long caseId) {
        return CaseParty.list("caseId = ?1 order by position", caseId);
    }

    private static Map<String, Object> details(Object... kv) {
        return EventRecorder.details(kv);
    }
}
