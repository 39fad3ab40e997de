package cn.fuyi.litigation;

import static cn.fuyi.lifecycle.EventRecorder.details;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.fuyi.audit.SubjectType;
import cn.fuyi.calendar.CalendarService;
import cn.fuyi.common.ApiException;
import cn.fuyi.common.FieldError;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.deadline.Deadline;
import cn.fuyi.lifecycle.Lifecycle;
import cn.fuyi.lifecycle.LifecycleEngine;
import cn.fuyi.lifecycle.LifecycleEvent;
import cn.fuyi.litigation.api.LawsuitInputs;
import cn.fuyi.litigation.api.LawsuitInputs.DefendantInput;
import cn.fuyi.litigation.api.LawsuitInputs.LawsuitInput;
import cn.fuyi.litigation.deadline.CourtExclusion;
import cn.fuyi.litigation.deadline.LawsuitDeadlineKind;
import cn.fuyi.litigation.deadline.LawsuitDeadlines;
import cn.fuyi.litigation.defendant.DefendantRule;
import cn.fuyi.litigation.defendant.LawsuitDefendant;
import cn.fuyi.litigation.session.CourtSession;
import cn.fuyi.organ.CodeItem;
import cn.fuyi.organ.Organ;
import cn.fuyi.organ.OrganService;
import cn.fuyi.organ.Respondent;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.api.CaseInputs.PartyInput;

/**
 * Lawsuits against the jurisdiction's agencies through their lifecycle: registration and details, service, reporting
 * and defence here; court sessions ({@code session}), the outcome ({@code outcome}) and the periods the court excludes
 * ({@code deadline}) in the packages of their procedures. Every change goes through {@link #step}, with the same shared
 * lifecycle checks, events and deadline machinery as reconsideration cases.
 */
@ApplicationScoped
public class LitigationService extends LifecycleEngine<Lawsuit, LawsuitState, LawsuitStep> {

    /** (2019)苏0585行初12号 — year in brackets, court code, 行 and the case type, number, 号. */
    private static final Pattern COURT_NUMBER = Pattern.compile("^[（(]\\d{4}[）)].*行(初|终|再|申|赔初|赔终)?.*\\d+号$");

    @Inject
    CalendarService calendar;
    @Inject
    OrganService organs;

    @ConfigProperty(name = "fuyi.litigation.report-working-days", defaultValue = "3")
    int reportWorkingDays;

    public Lawsuit find(long id) {
        Lawsuit s = Lawsuit.findById(id);
        if (s == null || !visible(s)) {
            throw ApiException.notFound("LAWSUIT_NOT_FOUND", id);
        }
        return s;
    }

    /** Reading a lawsuit's plaintiffs' personal data is itself recorded in the audit trail. */
    @Transactional
    public Lawsuit read(long id) {
        Lawsuit s = find(id);
        auditRead(s);
        return s;
    }

    /** One of the user's organs' suits, or for agency staff, a suit against their agency. */
    public boolean visible(Lawsuit s) {
        if (scope.agencyOnly()) {
            return LawsuitDefendant.count("lawsuitId = ?1 and respondentId = ?2", s.id, scope.respondentId()) > 0;
        }
        return scope.seesOrgan(s.organId);
    }

    // ---- registration and details ----------------------------------------------------------------------------

    @Transactional
    public Lawsuit register(LawsuitInput in) {
        audit.expect();
        if (!scope.seesOrgan(in.organId()) && !scope.agencyOnly()) {
            throw ApiException.notFound("ORGAN_NOT_FOUND", in.organId());
        }
        organs.organ(in.organId());
        validate(in, null);
        if (scope.agencyOnly() && in.defendants().stream().noneMatch(d -> d.respondentId() != null
                && d.respondentId() == scope.respondentId())) {
            throw new ApiException(403, "AGENCY_NOT_DEFENDANT");
        }
        Lawsuit previous = in.previousLawsuitId() == null ? null : find(in.previousLawsuitId());
        if (in.instance() == Instance.FIRST && previous != null) {
            throw ApiException.invalidField("previousLawsuitId", "ONLY_FOR_APPEAL_OR_RETRIAL");
        }
        if (in.instance() != Instance.FIRST && previous == null) {
            throw ApiException.invalidField("previousLawsuitId", "REQUIRED_FOR_APPEAL_OR_RETRIAL");
        }
        Lawsuit s = new Lawsuit();
        s.organId = in.organId();
        s.instance = in.instance();
        s.previousLawsuitId = in.previousLawsuitId();
        s.state = LawsuitState.ACTIVE;
        apply(s, in);
        s.createdAt = time.now();
        s.updatedAt = s.createdAt;
        s.createdBy = user.username();
        if (scope.agencyOnly() && s.reportedDate == null) {
            // an agency registering its own suit is reporting it
            s.reportedDate = time.today();
            s.reportedBy = user.username();
        }
        refreshDeadlines(s);
        s.persist();
        replaceParties(s.id, in);
        created(s, LawsuitStep.REGISTER, new EventData(in.filedDate(), null, details("court", s.court,
                "courtCaseNumber", s.courtCaseNumber, "instance", s.instance, "previousLawsuitId", s.previousLawsuitId,
                "reconsiderationCaseId", s.reconsiderationCaseId)));
        if (previous != null) {
            continueFrom(previous, s);
        }
        return s;
    }

    /** An appeal moves the first instance to APPEALED; a retrial is recorded on the lawsuit it reopens. */
    private void continueFrom(Lawsuit previous, Lawsuit next) {
        LawsuitStep t = next.instance == Instance.APPEAL ? LawsuitStep.APPEAL_FILED : LawsuitStep.RETRIAL_FILED;
        if (next.instance == Instance.APPEAL && previous.instance == Instance.APPEAL) {
            throw ApiException.unprocessable("APPEAL_OF_APPEAL");
        }
        run(previous, t, VersionCheck.NONE, p -> new EventData(next.filedDate, null, details("lawsuitId", next.id,
                "courtCaseNumber", next.courtCaseNumber)));
    }

    @Transactional
    public Lawsuit updateDetails(long id, LawsuitInput in, VersionCheck check) {
        return step(id, LawsuitStep.UPDATE_DETAILS, check, s -> {
            if (in.organId() != s.organId) {
                throw ApiException.invalidField("organId", "IMMUTABLE", s.organId);
            }
            if (in.instance() != s.instance || !Objects.equals(in.previousLawsuitId(), s.previousLawsuitId)) {
                throw ApiException.invalidField("instance", "IMMUTABLE", s.instance);
            }
            validate(in, s.id);
            boolean defendantsChanged = !defendantKeys(s.id).equals(inputKeys(in.defendants()));
            // attendance records and the outcomes per defendant name the defendant entries: they must stay
            if (defendantsChanged && (s.outcome != null || CourtSession.count("lawsuitId", s.id) > 0)) {
                throw ApiException.unprocessable("DEFENDANTS_LOCKED");
            }
            apply(s, in);
            replaceParties(s.id, in, defendantsChanged);
            return new EventData(time.today(), null, details("defendantsChanged", defendantsChanged));
        });
    }

    private void validate(LawsuitInput in, Long self) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = time.today();
        String number = in.courtCaseNumber().trim();
        if (!COURT_NUMBER.matcher(number).matches()) {
            errors.add(new FieldError("courtCaseNumber", "COURT_CASE_NUMBER_FORMAT", null, new Object[] { number }));
        } else {
            Instance implied = number.contains("行初") || number.contains("行赔初") ? Instance.FIRST
                    : number.contains("行终") || number.contains("行赔终") ? Instance.APPEAL
                    : number.contains("行再") || number.contains("行申") ? Instance.RETRIAL : null;
            if (implied != null && implied != in.instance()) {
                errors.add(new FieldError("instance", "INSTANCE_MISMATCH", null, new Object[] { number, implied }));
            }
        }
        Lawsuit same = Lawsuit.find("court = ?1 and courtCaseNumber = ?2", in.court().trim(), number).firstResult();
        if (same != null && !same.id.equals(self)) {
            errors.add(new FieldError("courtCaseNumber", "COURT_CASE_NUMBER_TAKEN", null, new Object[] { number, same.id }));
        }
        if (in.filedDate().isAfter(today)) {
            errors.add(new FieldError("filedDate", "DATE_IN_FUTURE", null, new Object[] { in.filedDate(), today }));
        }
        if (in.servedDate() != null && (in.servedDate().isBefore(in.filedDate()) || in.servedDate().isAfter(today))) {
            errors.add(new FieldError("servedDate", "BETWEEN", null, new Object[] { in.filedDate(), today }));
        }
        if (in.reportedDate() != null && in.reportedDate().isAfter(today)) {
            errors.add(new FieldError("reportedDate", "DATE_IN_FUTURE", null, new Object[] { in.reportedDate(), today }));
        }
        if (Boolean.TRUE.equals(in.simplified()) && in.instance() != Instance.FIRST) {
            errors.add(new FieldError("simplified", "ONLY_FOR_FIRST_INSTANCE", null, new Object[0]));
        }
        List<Long> scope = Organ.subtreeIds(in.organId());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < in.defendants().size(); i++) {
            DefendantInput d = in.defendants().get(i);
            String field = "defendants[" + i + "]";
            if ((d.respondentId() == null) == (d.organId() == null)) {
                errors.add(new FieldError(field, "ONE_OF_RESPONDENT_OR_ORGAN", null, new Object[0]));
                continue;
            }
            if (!seen.add(d.respondentId() + "/" + d.organId())) {
                errors.add(new FieldError(field, "DUPLICATE_DEFENDANT", null, new Object[0]));
            }
            if (d.respondentId() != null) {
                Respondent r = Respondent.findById(d.respondentId());
                if (r == null || !scope.contains(r.organId)) {
                    errors.add(new FieldError(field + ".respondentId", "UNKNOWN_RESPONDENT", null, new Object[] { d.respondentId() }));
                }
            } else if (!scope.contains(d.organId())) {
                errors.add(new FieldError(field + ".organId", "ORGAN_OUT_OF_SCOPE", null, new Object[] { d.organId() }));
            }
        }
        if (in.reconsiderationCaseId() != null) {
            ReconsiderationCase c = ReconsiderationCase.findById(in.reconsiderationCaseId());
            if (c == null || !scope.contains(c.organId) || !this.scope.seesOrgan(c.organId)) {
                errors.add(new FieldError("reconsiderationCaseId", "UNKNOWN_CASE", null, new Object[] { in.reconsiderationCaseId() }));
            }
        }
        checkCode(errors, "actCategory", CodeItem.ACT_CATEGORY, in.actCategory());
        checkCode(errors, "actDomain", CodeItem.DOMAIN, in.actDomain());
        if (!errors.isEmpty()) {
            throw new ApiException(400, "VALIDATION_FAILED", errors);
        }
    }

    private static void checkCode(List<FieldError> errors, String field, String list, String code) {
        CodeItem item = CodeItem.find(list, code);
        if (item == null || !item.active) {
            errors.add(new FieldError(field, "UNKNOWN_CODE_IN_LIST", null, new Object[] { code, list }));
        }
    }

    private void apply(Lawsuit s, LawsuitInput in) {
        s.court = in.court().trim();
        s.courtCaseNumber = in.courtCaseNumber().trim();
        s.reconsiderationCaseId = in.reconsiderationCaseId();
        s.actCategory = in.actCategory();
        s.actDomain = in.actDomain();
        s.actDescription = in.actDescription();
        s.claims = in.claims();
        s.filedDate = in.filedDate();
        s.servedDate = in.servedDate();
        s.simplified = Boolean.TRUE.equals(in.simplified());
        s.counselType = in.counselType();
        s.counselName = in.counselName();
        if (!Objects.equals(s.reportedDate, in.reportedDate())) {
            s.reportedDate = in.reportedDate();
            s.reportedBy = in.reportedDate() == null ? null : user.username();
        }
    }

    private void replaceParties(long lawsuitId, LawsuitInput in) {
        replaceParties(lawsuitId, in, true);
    }

    private void replaceParties(long lawsuitId, LawsuitInput in, boolean defendantsToo) {
        // row by row, by primary key: a range delete would lock the index gap and deadlock concurrent registrations
        LawsuitPlaintiff.<LawsuitPlaintiff>list("lawsuitId", lawsuitId).forEach(LawsuitPlaintiff::delete);
        LawsuitPlaintiff.flush();
        int pos = 0;
        for (PartyInput p : in.plaintiffs()) {
            LawsuitPlaintiff lp = new LawsuitPlaintiff();
            lp.lawsuitId = lawsuitId;
            lp.fill(p, pos++);
            lp.persist();
        }
        if (defendantsToo) {
            LawsuitDefendant.<LawsuitDefendant>list("lawsuitId", lawsuitId).forEach(LawsuitDefendant::delete);
            LawsuitDefendant.flush();
            pos = 0;
            for (DefendantInput d : in.defendants()) {
                LawsuitDefendant ld = new LawsuitDefendant();
                ld.lawsuitId = lawsuitId;
                ld.position = pos++;
                ld.respondentId = d.respondentId();
                ld.organId = d.organId();
                ld.persist();
            }
        }
    }

    private static Set<String> defendantKeys(long lawsuitId) {
        Set<String> keys = new HashSet<>();
        LawsuitDefendant.<LawsuitDefendant>list("lawsuitId", lawsuitId).forEach(d -> keys.add(d.respondentId + "/" + d.organId));
        return keys;
    }

    private static Set<String> inputKeys(List<DefendantInput> list) {
        Set<String> keys = new HashSet<>();
        list.forEach(d -> keys.add(d.respondentId() + "/" + d.organId()));
        return keys;
    }

    /** The defendants Fuyi proposes for a suit following {@code caseId}. */
    public List<DefendantRule.Proposed> proposal(long caseId) {
        ReconsiderationCase c = ReconsiderationCase.findById(caseId);
        if (c == null || !scope.seesOrgan(c.organId)) {
            throw ApiException.notFound("CASE_NOT_FOUND", caseId);
        }
        return DefendantRule.propose(c);
    }

    // ---- the steps -------------------------------------------------------------------------------------------

    @Transactional
    public Lawsuit recordService(long id, VersionCheck check, LawsuitInputs.DatedStep in) {
        return step(id, LawsuitStep.RECORD_SERVICE, check, s -> {
            Lifecycle.notBefore(LawsuitStep.RECORD_SERVICE, in.date(), LitigationFact.FILED, s.filedDate);
            if (s.servedDate != null) {
                throw ApiException.unprocessable("ALREADY_RECORDED", LawsuitStep.RECORD_SERVICE, s.servedDate);
            }
            s.servedDate = in.date();
            return new EventData(in.date(), in.reason(), Map.of());
        });
    }

    @Transactional
    public Lawsuit recordReport(long id, VersionCheck check, LawsuitInputs.DatedStep in) {
        return step(id, LawsuitStep.RECORD_REPORT, check, s -> {
            if (s.reportedDate != null) {
                throw ApiException.unprocessable("ALREADY_RECORDED", LawsuitStep.RECORD_REPORT, s.reportedDate);
            }
            Lifecycle.notBefore(LawsuitStep.RECORD_REPORT, in.date(), LitigationFact.FILED, s.filedDate);
            s.reportedDate = in.date();
            s.reportedBy = user.username();
            return new EventData(in.date(), in.reason(), details("reportDue", s.reportDueDate));
        });
    }

    @Transactional
    public Lawsuit submitDefence(long id, VersionCheck check, LawsuitInputs.DatedStep in) {
        return step(id, LawsuitStep.SUBMIT_DEFENCE, check, s -> {
            if (s.servedDate == null) {
                throw ApiException.unprocessable("COMPLAINT_NOT_SERVED");
            }
            if (s.defenceDate != null) {
                throw ApiException.unprocessable("ALREADY_RECORDED", LawsuitStep.SUBMIT_DEFENCE, s.defenceDate);
            }
            Lifecycle.notBefore(LawsuitStep.SUBMIT_DEFENCE, in.date(), LitigationFact.SERVED, s.servedDate);
            s.defenceDate = in.date();
            return new EventData(in.date(), in.reason(), Map.of());
        });
    }

    // ---- the engine ------------------------------------------------------------------------------------------

    /**
     * Runs one step of the step table on the lawsuit {@code id} in the caller's transaction: the version check, the
     * table's check, the step's own checks and facts ({@code body}), the event, the deadlines, audit and feed.
     */
    public Lawsuit step(long id, LawsuitStep t, VersionCheck check, Function<Lawsuit, EventData> body) {
        return run(find(id), t, check, body);
    }

    @Override
    protected SubjectType subject() {
        return SubjectType.LAWSUIT;
    }

    @Override
    protected List<LawsuitStep> allowedIn(LawsuitState state) {
        return LawsuitStep.allowedIn(state);
    }

    @Override
    protected LifecycleEvent newEvent(Lawsuit s, LawsuitStep t, LawsuitState from) {
        LawsuitEvent ev = new LawsuitEvent();
        ev.lawsuitId = s.id;
        ev.transition = t;
        ev.fromState = from;
        ev.toState = t.target(from == null ? LawsuitState.ACTIVE : from);
        return ev;
    }

    @Override
    protected String ownerField() {
        return "lawsuitId";
    }

    @Override
    protected String feedType(LawsuitStep t) {
        return switch (t) {
            case REGISTER -> "LAWSUIT_REGISTERED";
            case RECORD_OUTCOME -> "LAWSUIT_OUTCOME";
            default -> "LAWSUIT_TRANSITION";
        };
    }

    @Override
    protected Map<String, Object> feedPayload(Lawsuit s, LawsuitStep t, LawsuitState from, LocalDate date) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("court", s.court);
        m.put("courtCaseNumber", s.courtCaseNumber);
        m.put("transition", t.name());
        if (from != null) {
            m.put("fromState", from.name());
        }
        m.put("toState", s.state.name());
        m.put("date", date.toString());
        if (s.outcome != null && t == LawsuitStep.RECORD_OUTCOME) {
            m.put("outcome", s.outcome.name());
            m.put("loss", s.outcome.loss());
            m.put("defendantsLost", LawsuitDefendant.<LawsuitDefendant>list("lawsuitId = ?1 order by position", s.id).stream()
                    .filter(d -> Boolean.TRUE.equals(d.lost())).map(d -> d.id).toList());
        }
        return m;
    }

    public List<Deadline> deadlines(Lawsuit s, LocalDate asOf) {
        return deadlineCalculator(s, asOf).all();
    }

    /** The lawsuit's deadline rules with its recorded dates, the current calendar and the appeal filed, if any. */
    public LawsuitDeadlines deadlineCalculator(Lawsuit s, LocalDate asOf) {
        LocalDate appealFiled = null;
        if (s.id != null) {
            Lawsuit appeal = Lawsuit.<Lawsuit>find("previousLawsuitId = ?1 and instance = ?2", s.id, Instance.APPEAL).firstResult();
            appealFiled = appeal == null ? null : appeal.filedDate;
        }
        List<CourtExclusion> exclusions = s.id == null ? List.of() : CourtExclusion.list("lawsuitId = ?1 order by fromDate, id", s.id);
        return new LawsuitDeadlines(s, calendar.current(), reportWorkingDays, appealFiled, exclusions, asOf);
    }

    /** Recomputes the stored report due date and next due date. */
    @Override
    public void refreshDeadlines(Lawsuit s) {
        List<Deadline> all = deadlines(s, time.today());
        s.reportDueDate = all.stream().filter(d -> d.kind() == LawsuitDeadlineKind.REPORT).map(Deadline::due)
                .findFirst().orElse(null);
        var next = Deadline.next(all);
        s.nextDeadlineKind = next.map(d -> d.kind().name()).orElse(null);
        s.nextDueDate = next.map(Deadline::due).orElse(null);
    }

    @Transactional
    public int refreshOpenLawsuits() {
        audit.expect();
        List<Lawsuit> open = Lawsuit.list("state in ?1", List.of(LawsuitState.ACTIVE, LawsuitState.DECIDED));
        open.forEach(this::refreshDeadlines);
        audit.record(SubjectType.SYSTEM, null, null, "RECOMPUTE_LAWSUIT_DEADLINES", Map.of("lawsuits", open.size()),
                "holiday calendar changed");
        return open.size();
    }

    /** Whether an agency reported the suit in time; judged on {@code asOf}. */
    public static ReportStatus reportStatus(Lawsuit s, LocalDate asOf) {
        if (s.reportDueDate == null) {
            return s.reportedDate != null ? ReportStatus.ON_TIME : ReportStatus.PENDING;
        }
        if (s.reportedDate != null) {
            return s.reportedDate.isAfter(s.reportDueDate) ? ReportStatus.LATE : ReportStatus.ON_TIME;
        }
        return asOf.isAfter(s.reportDueDate) ? ReportStatus.NOT_REPORTED : ReportStatus.PENDING;
    }
}
