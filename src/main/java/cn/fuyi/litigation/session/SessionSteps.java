package cn.fuyi.litigation.session;

import static cn.fuyi.lifecycle.EventRecorder.details;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.FieldError;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.lifecycle.Lifecycle;
import cn.fuyi.lifecycle.LifecycleEngine.EventData;
import cn.fuyi.litigation.Lawsuit;
import cn.fuyi.litigation.LawsuitStep;
import cn.fuyi.litigation.LawsuitSteps;
import cn.fuyi.litigation.LitigationFact;
import cn.fuyi.litigation.api.LawsuitInputs;
import cn.fuyi.litigation.api.LawsuitInputs.AppearanceInput;
import cn.fuyi.litigation.defendant.LawsuitDefendant;

/**
 * Court sessions (开庭) and who appeared for each defendant (法释〔2020〕3号): the head, with rank, whether the head spoke
 * on the substance (art. 11), the court's notice to the head (arts. 4-5) and the reason a head stayed away (arts.
 * 8-9), entrusted staff and counsel. A correction supersedes an attendance record and keeps the old one.
 */
@ApplicationScoped
public class SessionSteps extends LawsuitSteps {

    @Transactional
    public Lawsuit holdSession(long id, VersionCheck check, LawsuitInputs.HoldSession in) {
        return step(id, LawsuitStep.HOLD_SESSION, check, s -> {
            Lifecycle.notBefore(LawsuitStep.HOLD_SESSION, in.date(), LitigationFact.FILED, s.filedDate);
            Set<Long> defendants = new HashSet<>();
            for (int i = 0; i < in.appearances().size(); i++) {
                AppearanceInput a = in.appearances().get(i);
                if (!defendants.add(a.defendantId())) {
                    throw ApiException.invalidField("appearances[" + i + "].defendantId", "DUPLICATE_DEFENDANT");
                }
                checkAppearance(s, a, "appearances[" + i + "]");
            }
            CourtSession session = new CourtSession();
            session.lawsuitId = s.id;
            session.sessionDate = in.date();
            session.courtRoom = in.courtRoom();
            session.note = in.note();
            session.persist();
            for (AppearanceInput a : in.appearances()) {
                appearance(session.id, a, 1, null).persist();
            }
            return new EventData(in.date(), in.note(), details("sessionId", session.id, "courtRoom", in.courtRoom(),
                    "headsAppeared", in.appearances().stream().filter(a -> a.headAppeared()).count()));
        });
    }

    @Transactional
    public Lawsuit correctAttendance(long id, VersionCheck check, LawsuitInputs.CorrectAttendance in) {
        return step(id, LawsuitStep.CORRECT_ATTENDANCE, check, s -> {
            CourtSession session = CourtSession.findById(in.sessionId());
            if (session == null || session.lawsuitId != s.id) {
                throw ApiException.notFound("SESSION_NOT_FOUND", in.sessionId());
            }
            AppearanceInput a = in.appearance();
            checkAppearance(s, a, "appearance");
            SessionAppearance current = SessionAppearance.<SessionAppearance>find(
                    "sessionId = ?1 and defendantId = ?2 and superseded = false", session.id, a.defendantId()).firstResult();
            int revision = 1;
            if (current != null) {
                current.superseded = true;
                revision = current.revision + 1;
            }
            appearance(session.id, a, revision, in.reason()).persist();
            return new EventData(today(), in.reason(), details("sessionId", session.id, "defendantId",
                    a.defendantId(), "revision", revision, "headAppeared", a.headAppeared(), "headSpoke",
                    Boolean.TRUE.equals(a.headSpoke())));
        });
    }

    private static void checkAppearance(Lawsuit s, AppearanceInput a, String field) {
        LawsuitDefendant d = LawsuitDefendant.findById(a.defendantId());
        if (d == null || d.lawsuitId != s.id) {
            throw ApiException.invalidField(field + ".defendantId", "NOT_A_DEFENDANT", a.defendantId());
        }
        List<FieldError> errors = new ArrayList<>();
        if (a.headAppeared()) {
            if (a.headName() == null || a.headName().isBlank()) {
                errors.add(new FieldError(field + ".headName", "REQUIRED_WHEN_HEAD_APPEARED", null, new Object[0]));
            }
            if (a.headRank() == null) {
                errors.add(new FieldError(field + ".headRank", "REQUIRED_WHEN_HEAD_APPEARED", null, new Object[0]));
            }
            if (a.absenceReason() != null) {
                errors.add(new FieldError(field + ".absenceReason", "ONLY_WHEN_HEAD_ABSENT", null, new Object[0]));
            }
        } else if (Boolean.TRUE.equals(a.headSpoke())) {
            errors.add(new FieldError(field + ".headSpoke", "ONLY_WHEN_HEAD_APPEARED", null, new Object[0]));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "VALIDATION_FAILED", errors);
        }
    }

    private SessionAppearance appearance(long sessionId, AppearanceInput a, int revision, String correction) {
        SessionAppearance x = new SessionAppearance();
        x.sessionId = sessionId;
        x.defendantId = a.defendantId();
        x.revision = revision;
        x.headAppeared = a.headAppeared();
        x.headName = a.headAppeared() ? a.headName() : null;
        x.headPosition = a.headAppeared() ? a.headPosition() : null;
        x.headRank = a.headAppeared() ? a.headRank() : null;
        x.headSpoke = a.headAppeared() && Boolean.TRUE.equals(a.headSpoke());
        x.headIdentityDefective = a.headAppeared() && Boolean.TRUE.equals(a.headIdentityDefective());
        x.courtNotifiedHead = Boolean.TRUE.equals(a.courtNotifiedHead());
        x.absenceReason = a.headAppeared() ? null : a.absenceReason();
        x.entrustedStaff = a.entrustedStaff() == null || a.entrustedStaff().isEmpty() ? null : String.join("、", a.entrustedStaff());
        x.counselName = a.counselName();
        x.counselType = a.counselType();
        x.correctionReason = correction;
        x.recordedAt = time.now();
        x.recordedBy = user.username();
        return x;
    }
}
