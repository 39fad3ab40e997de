package cn.fuyi.reconsideration.mediation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.lifecycle.LifecycleEngine.EventData;
import cn.fuyi.organ.Respondent;
import cn.fuyi.reconsideration.DateFact;
import cn.fuyi.reconsideration.ProcedureSteps;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.RuleSet;
import cn.fuyi.reconsideration.Transition;
import cn.fuyi.reconsideration.api.CaseInputs;
import cn.fuyi.reconsideration.decision.DecisionType;
import cn.fuyi.reconsideration.decision.TerminationGround;
import cn.fuyi.reconsideration.intake.CaseParty;
import cn.fuyi.reconsideration.intake.PartyRole;
import cn.fuyi.reconsideration.performance.Obligations;

/**
 * Mediation (调解, ARL 5, 73) and settlement (和解, ARL 74): both sides' consent, sessions, the mediation agreement
 * with each party's signature and the organ's seal, a party backing out, the written settlement and the applicant's
 * withdrawal. The case itself is concluded by the decision step: by the agreement once it is in effect, or by
 * termination after the withdrawal ({@link #requireForDecision}).
 */
@ApplicationScoped
public class MediationService extends ProcedureSteps {

    @Transactional
    public ReconsiderationCase consent(long id, VersionCheck check, MediationInputs.Consent in) {
        return step(id, Transition.CONSENT_TO_MEDIATION, check, c -> {
            notBefore(Transition.CONSENT_TO_MEDIATION, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            if (in.side() == Side.THIRD_PARTY) {
                throw ApiException.invalidField("side", "APPLICANT_OR_RESPONDENT");
            }
            Mediation m = Mediation.open(c.id);
            if (m != null && m.kind != in.kind()) {
                throw ApiException.conflict("MEDIATION_OF_OTHER_KIND_OPEN", m.kind, m.status);
            }
            if (m == null) {
                requireNothingSettled(c);
                m = start(c, in.kind(), in.ground2017());
            }
            boolean toSuspend = Boolean.TRUE.equals(in.toSuspend());
            boolean applicant = in.side() == Side.APPLICANT;
            LocalDate consented = applicant ? m.applicantConsentDate : m.respondentConsentDate;
            LocalDate suspension = applicant ? m.applicantSuspensionConsentDate : m.respondentSuspensionConsentDate;
            if (consented != null && (!toSuspend || suspension != null)) {
                throw ApiException.conflict("ALREADY_CONSENTED", in.side(), consented);
            }
            if (consented == null) {
                if (applicant) {
                    m.applicantConsentDate = in.date();
                } else {
                    m.respondentConsentDate = in.date();
                }
            }
            if (toSuspend) {
                if (applicant) {
                    m.applicantSuspensionConsentDate = in.date();
                } else {
                    m.respondentSuspensionConsentDate = in.date();
                }
            }
            if (m.status == MediationStatus.CONSENTING && m.applicantConsentDate != null && m.respondentConsentDate != null) {
                m.status = MediationStatus.IN_PROGRESS;
                m.startedDate = in.date();
            }
            return new EventData(in.date(), in.note(), details("mediationId", m.id, "kind", m.kind, "side", in.side(),
                    "toSuspend", toSuspend, "status", m.status));
        });
    }

    @Transactional
    public ReconsiderationCase holdSession(long id, VersionCheck check, MediationInputs.HoldSession in) {
        return step(id, Transition.HOLD_MEDIATION_SESSION, check, c -> {
            Mediation m = current(c, MediationKind.MEDIATION, MediationStatus.IN_PROGRESS);
            notBefore(Transition.HOLD_MEDIATION_SESSION, in.date(), DateFact.MEDIATION_CONSENTED, m.startedDate);
            MediationSession s = new MediationSession();
            s.mediationId = m.id;
            s.caseId = c.id;
            s.heldDate = in.date();
            s.place = in.place();
            s.mediator = in.mediator();
            s.attendees = String.join("、", in.attendees());
            s.summary = in.summary();
            s.persist();
            return new EventData(in.date(), null, details("mediationId", m.id, "sessionId", s.id, "place", in.place(),
                    "mediator", in.mediator(), "attendees", in.attendees()));
        });
    }

    @Transactional
    public ReconsiderationCase drawUpAgreement(long id, VersionCheck check, MediationInputs.DrawUpAgreement in) {
        return step(id, Transition.DRAW_UP_MEDIATION_AGREEMENT, check, c -> {
            Mediation m = current(c, MediationKind.MEDIATION, MediationStatus.IN_PROGRESS);
            notBefore(Transition.DRAW_UP_MEDIATION_AGREEMENT, in.date(), DateFact.MEDIATION_CONSENTED, m.startedDate);
            requireLawful(in.lawful(), MediationKind.MEDIATION);
            m.agreementDate = in.date();
            m.documentNumber = blankToNull(in.documentNumber());
            m.content = in.content();
            m.approvedBy = user.displayName();
            m.status = MediationStatus.AGREEMENT_DRAWN;
            return new EventData(in.date(), null, details("mediationId", m.id, "documentNumber", m.documentNumber,
                    "approvedBy", m.approvedBy, "signatories", signatories(c)));
        });
    }

    @Transactional
    public ReconsiderationCase sign(long id, VersionCheck check, MediationInputs.Sign in) {
        return step(id, Transition.SIGN_MEDIATION_AGREEMENT, check, c -> {
            Mediation m = current(c, MediationKind.MEDIATION, MediationStatus.AGREEMENT_DRAWN);
            notBefore(Transition.SIGN_MEDIATION_AGREEMENT, in.date(), DateFact.AGREEMENT_DRAWN, m.agreementDate);
            String name = party(c, in.side(), in.partyName());
            if (MediationSignature.count("mediationId = ?1 and side = ?2 and partyName = ?3", m.id, in.side(), name) > 0) {
                throw ApiException.conflict("ALREADY_SIGNED", name);
            }
            MediationSignature s = new MediationSignature();
            s.mediationId = m.id;
            s.caseId = c.id;
            s.side = in.side();
            s.partyName = name;
            s.signedDate = in.date();
            s.signedBy = blankToNull(in.signedBy());
            s.persist();
            Map<String, Object> d = details("mediationId", m.id, "side", in.side(), "party", name, "signedBy", s.signedBy);
            takeEffectIfComplete(c, m, d);
            return new EventData(in.date(), null, d);
        });
    }

    @Transactional
    public ReconsiderationCase seal(long id, VersionCheck check, CaseInputs.DatedStep in) {
        return step(id, Transition.SEAL_MEDIATION_AGREEMENT, check, c -> {
            Mediation m = current(c, MediationKind.MEDIATION, MediationStatus.AGREEMENT_DRAWN);
            notBefore(Transition.SEAL_MEDIATION_AGREEMENT, in.date(), DateFact.AGREEMENT_DRAWN, m.agreementDate);
            if (m.sealedDate != null) {
                throw ApiException.conflict("AGREEMENT_ALREADY_SEALED", m.sealedDate);
            }
            m.sealedDate = in.date();
            Map<String, Object> d = details("mediationId", m.id);
            takeEffectIfComplete(c, m, d);
            return new EventData(in.date(), in.reason(), d);
        });
    }

    /** A party backs out before the agreement takes effect; the organ must then review and decide promptly (ARL 73 ¶2). */
    @Transactional
    public ReconsiderationCase backOut(long id, VersionCheck check, MediationInputs.BackOut in) {
        return step(id, Transition.BACK_OUT_OF_MEDIATION, check, c -> {
            Mediation m = Mediation.open(c.id);
            if (m == null || m.kind != MediationKind.MEDIATION) {
                throw backOutRefused(c);
            }
            notBefore(Transition.BACK_OUT_OF_MEDIATION, in.date(), DateFact.MEDIATION_CONSENTED,
                    m.startedDate != null ? m.startedDate : later(m.applicantConsentDate, m.respondentConsentDate));
            String name = party(c, in.side(), in.partyName());
            m.status = MediationStatus.BACKED_OUT;
            m.endedDate = in.date();
            m.backedOutSide = in.side();
            m.backedOutName = name;
            m.endNote = in.reason();
            return new EventData(in.date(), in.reason(), details("mediationId", m.id, "side", in.side(), "party", name,
                    "agreementDrawn", m.agreementDate != null));
        });
    }

    /** Talks end without agreement, or a withdrawal after settlement is not approved (ARL 73 ¶2, 74). */
    @Transactional
    public ReconsiderationCase end(long id, VersionCheck check, CaseInputs.ReasonedStep in) {
        return step(id, Transition.END_MEDIATION, check, c -> {
            Mediation m = Mediation.open(c.id);
            if (m == null) {
                m = Mediation.ofCase(c.id).stream().filter(x -> x.status == MediationStatus.WITHDRAWN).findFirst()
                        .orElseThrow(() -> ApiException.conflict("NO_MEDIATION_OPEN"));
            }
            notBefore(Transition.END_MEDIATION, in.date(), DateFact.MEDIATION_CONSENTED,
                    later(m.applicantConsentDate, m.respondentConsentDate));
            MediationStatus before = m.status;
            m.status = MediationStatus.FAILED;
            m.endedDate = in.date();
            m.endNote = in.reason();
            return new EventData(in.date(), in.reason(), details("mediationId", m.id, "kind", m.kind, "previousStatus", before));
        });
    }

    @Transactional
    public ReconsiderationCase recordSettlement(long id, VersionCheck check, MediationInputs.RecordSettlement in) {
        return step(id, Transition.RECORD_SETTLEMENT, check, c -> {
            notBefore(Transition.RECORD_SETTLEMENT, in.date(), DateFact.ACCEPTED, c.acceptedDate);
            Mediation m = Mediation.open(c.id);
            if (m != null && m.kind != MediationKind.SETTLEMENT) {
                throw ApiException.conflict("MEDIATION_OF_OTHER_KIND_OPEN", m.kind, m.status);
            }
            if (m != null && m.status == MediationStatus.SETTLED) {
                throw ApiException.conflict("SETTLEMENT_ALREADY_RECORDED", m.agreementDate);
            }
            requireLawful(in.lawful(), MediationKind.SETTLEMENT);
            if (m == null) {
                requireNothingSettled(c);
                m = start(c, MediationKind.SETTLEMENT, in.ground2017());
            }
            // a written settlement is both sides' consent, whatever was recorded before it
            if (m.applicantConsentDate == null) {
                m.applicantConsentDate = in.date();
            }
            if (m.respondentConsentDate == null) {
                m.respondentConsentDate = in.date();
            }
            if (m.startedDate == null) {
                m.startedDate = in.date();
            }
            notBefore(Transition.RECORD_SETTLEMENT, in.date(), DateFact.MEDIATION_CONSENTED,
                    later(m.applicantConsentDate, m.respondentConsentDate));
            m.agreementDate = in.date();
            m.content = in.content();
            m.approvedBy = user.displayName();
            m.status = MediationStatus.SETTLED;
            return new EventData(in.date(), null, details("mediationId", m.id, "approvedBy", m.approvedBy));
        });
    }

    /** After settling, the applicant withdraws; the reviewer then approves and terminates (ARL 74 ¶2, 41 (一)). */
    @Transactional
    public ReconsiderationCase withdraw(long id, VersionCheck check, CaseInputs.DatedStep in) {
        return step(id, Transition.WITHDRAW_AFTER_SETTLEMENT, check, c -> {
            Mediation m = Mediation.open(c.id);
            if (m == null || m.status != MediationStatus.SETTLED) {
                throw ApiException.conflict("SETTLEMENT_NOT_RECORDED");
            }
            notBefore(Transition.WITHDRAW_AFTER_SETTLEMENT, in.date(), DateFact.SETTLEMENT_REACHED, m.agreementDate);
            m.withdrawalDate = in.date();
            m.withdrawalReason = in.reason();
            m.status = MediationStatus.WITHDRAWN;
            return new EventData(in.date(), in.reason(), details("mediationId", m.id));
        });
    }

    // ---- what other procedures ask ---------------------------------------------------------------------------

    /**
     * A suspension on ground (六) needs both the applicant's and the respondent's consent to it, given in mediation or
     * settlement talks still going on (ARL 39 ¶1 (六)).
     */
    public static void requireSuspensionConsent(ReconsiderationCase c, LocalDate date) {
        Mediation m = Mediation.open(c.id);
        if (m == null || !m.suspensionConsented()) {
            throw ApiException.unprocessable("SUSPENSION_NEEDS_BOTH_CONSENTS");
        }
        notBefore(Transition.SUSPEND, date, DateFact.SUSPENSION_CONSENTED,
                later(m.applicantSuspensionConsentDate, m.respondentSuspensionConsentDate));
    }

    /**
     * What a decision needs from the case's mediations: a decision by mediation agreement only on an agreement in effect
     * (ARL 73 ¶1), a termination on withdrawal after settlement only after the settlement and the withdrawal (ARL 74
     * ¶2); any other decision only once talks still going on have ended, and never beside an agreement in effect or a
     * withdrawal after settlement, which end the case themselves.
     */
    public static void requireForDecision(ReconsiderationCase c, DecisionType type, TerminationGround ground, LocalDate date) {
        List<Mediation> all = Mediation.ofCase(c.id);
        Mediation effective = all.stream().filter(m -> m.status == MediationStatus.EFFECTIVE).findFirst().orElse(null);
        Mediation withdrawn = all.stream().filter(m -> m.status == MediationStatus.WITHDRAWN).findFirst().orElse(null);
        Mediation open = all.stream().filter(m -> m.status.open()).findFirst().orElse(null);
        if (type == DecisionType.MEDIATION) {
            if (effective == null) {
                throw ApiException.unprocessable("MEDIATION_AGREEMENT_NOT_EFFECTIVE");
            }
            notBefore(Transition.CONCLUDE, date, DateFact.AGREEMENT_EFFECTIVE, effective.effectiveDate);
            return;
        }
        if (type == DecisionType.TERMINATION && ground == TerminationGround.WITHDRAWN_AFTER_SETTLEMENT) {
            if (withdrawn == null) {
                throw ApiException.unprocessable("SETTLEMENT_WITHDRAWAL_NOT_RECORDED");
            }
            notBefore(Transition.CONCLUDE, date, DateFact.WITHDRAWN_AFTER_SETTLEMENT, withdrawn.withdrawalDate);
            return;
        }
        if (effective != null) {
            throw ApiException.unprocessable("MEDIATION_AGREEMENT_EFFECTIVE", effective.effectiveDate);
        }
        if (withdrawn != null) {
            throw ApiException.unprocessable("SETTLEMENT_WITHDRAWAL_PENDING", withdrawn.withdrawalDate);
        }
        if (open != null) {
            throw ApiException.conflict("MEDIATION_OPEN", open.kind, open.status);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static Mediation start(ReconsiderationCase c, MediationKind kind, Ground2017 ground) {
        if (c.ruleSet == RuleSet.ARL_2017) {
            if (ground == null) {
                throw ApiException.invalidField("ground2017", "REQUIRED_FOR_2017_LAW", kind);
            }
            if (!ground.allows(kind)) {
                throw ApiException.unprocessable("SETTLEMENT_ONLY_FOR_DISCRETION_2017", ground);
            }
        } else if (ground != null) {
            throw ApiException.invalidField("ground2017", "ONLY_FOR_2017_LAW");
        }
        Mediation m = new Mediation();
        m.caseId = c.id;
        m.kind = kind;
        m.status = MediationStatus.CONSENTING;
        m.ground2017 = ground;
        m.persist();
        return m;
    }

    /** Once an agreement is in effect or the applicant has withdrawn after settling, the case waits for its conclusion. */
    private static void requireNothingSettled(ReconsiderationCase c) {
        for (Mediation m : Mediation.ofCase(c.id)) {
            if (m.status == MediationStatus.EFFECTIVE) {
                throw ApiException.conflict("MEDIATION_AGREEMENT_EFFECTIVE", m.effectiveDate);
            }
            if (m.status == MediationStatus.WITHDRAWN) {
                throw ApiException.conflict("SETTLEMENT_WITHDRAWAL_PENDING", m.withdrawalDate);
            }
        }
    }

    private static Mediation current(ReconsiderationCase c, MediationKind kind, MediationStatus status) {
        Mediation m = Mediation.open(c.id);
        if (m == null || m.kind != kind || m.status != status) {
            throw ApiException.conflict("MEDIATION_NOT_IN_STATUS", status, m == null ? "—" : m.status);
        }
        return m;
    }

    private static ApiException backOutRefused(ReconsiderationCase c) {
        boolean effective = Mediation.ofCase(c.id).stream().anyMatch(m -> m.status == MediationStatus.EFFECTIVE);
        return effective ? ApiException.conflict("AGREEMENT_ALREADY_EFFECTIVE") : ApiException.conflict("NO_MEDIATION_OPEN");
    }

    private static void requireLawful(Boolean lawful, MediationKind kind) {
        if (!Boolean.TRUE.equals(lawful)) {
            throw ApiException.unprocessable("MEDIATION_CONTENT_NOT_LAWFUL", kind, kind == MediationKind.MEDIATION ? "ARL 5" : "ARL 74");
        }
    }

    /**
     * Everyone who must sign the agreement: every party to the case (各方当事人, ARL 73 ¶1) — each applicant, each third
     * party, and the respondent — each as side|name.
     */
    static Set<String> signatories(ReconsiderationCase c) {
        Set<String> keys = new LinkedHashSet<>();
        for (CaseParty p : CaseParty.<CaseParty>list("caseId = ?1 order by position", c.id)) {
            if (p.role == PartyRole.APPLICANT) {
                keys.add(key(Side.APPLICANT, p.name));
            } else if (p.role == PartyRole.THIRD_PARTY) {
                keys.add(key(Side.THIRD_PARTY, p.name));
            }
        }
        keys.add(key(Side.RESPONDENT, respondentName(c)));
        return keys;
    }

    /** The parties who have still to sign a drawn-up agreement, as side|name; empty once it is in effect or ended. */
    public static List<String> awaitingSignatures(ReconsiderationCase c, Mediation m) {
        if (m.status != MediationStatus.AGREEMENT_DRAWN) {
            return List.of();
        }
        Set<String> missing = signatories(c);
        MediationSignature.<MediationSignature>list("mediationId", m.id).forEach(s -> missing.remove(key(s.side, s.partyName)));
        return new ArrayList<>(missing);
    }

    static String key(Side side, String name) {
        return side + "|" + name;
    }

    private static String respondentName(ReconsiderationCase c) {
        Respondent r = Respondent.findById(c.respondentId);
        return r == null ? String.valueOf(c.respondentId) : r.name;
    }

    /** The party named, as the case names it: the respondent, or one of the case's applicants or third parties. */
    private static String party(ReconsiderationCase c, Side side, String partyName) {
        if (side == Side.RESPONDENT) {
            return respondentName(c);
        }
        PartyRole role = side == Side.APPLICANT ? PartyRole.APPLICANT : PartyRole.THIRD_PARTY;
        List<String> names = new ArrayList<>();
        for (CaseParty p : CaseParty.<CaseParty>list("caseId = ?1 and role = ?2 order by position", c.id, role)) {
            names.add(p.name);
        }
        String wanted = blankToNull(partyName);
        if (wanted == null && names.size() == 1) {
            return names.get(0);
        }
        if (wanted == null) {
            throw ApiException.invalidField("partyName", "PARTY_NAME_REQUIRED", side, names);
        }
        if (!names.contains(wanted)) {
            throw ApiException.invalidField("partyName", "NOT_A_PARTY", wanted, side, names);
        }
        return wanted;
    }

    /**
     * The agreement takes effect once every party has signed and the organ has sealed it (ARL 73 ¶1), on the later of
     * the last signature and the seal; the respondent's obligation under it then arises.
     */
    private static void takeEffectIfComplete(ReconsiderationCase c, Mediation m, Map<String, Object> details) {
        Set<String> missing = signatories(c);
        LocalDate last = m.sealedDate;
        for (MediationSignature s : MediationSignature.<MediationSignature>list("mediationId", m.id)) {
            if (missing.remove(key(s.side, s.partyName))) {
                last = later(last, s.signedDate);
            }
        }
        details.put("awaitingSignatures", new ArrayList<>(missing));
        if (m.sealedDate == null || !missing.isEmpty()) {
            return;
        }
        m.effectiveDate = last;
        m.status = MediationStatus.EFFECTIVE;
        var o = Obligations.fromAgreement(c, m.id, m.content, last);
        details.put("effectiveDate", last);
        details.put("obligationId", o.id);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.isAfter(a) ? a : b;
    }
}
