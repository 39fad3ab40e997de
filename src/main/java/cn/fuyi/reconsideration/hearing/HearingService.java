package cn.fuyi.reconsideration.hearing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.lifecycle.LifecycleEngine.EventData;
import cn.fuyi.reconsideration.DateFact;
import cn.fuyi.reconsideration.ProcedureSteps;
import cn.fuyi.reconsideration.ReconsiderationCase;
import cn.fuyi.reconsideration.RuleSet;
import cn.fuyi.reconsideration.Transition;

/** Hearings (听证, ARL 50, 51): notice, the hearing held with its panel, postponement and cancellation. */
@ApplicationScoped
public class HearingService extends ProcedureSteps {

    @Transactional
    public ReconsiderationCase scheduleHearing(long id, VersionCheck check, HearingInputs.ScheduleHearing in) {
        return step(id, Transition.SCHEDULE_HEARING, check, c -> {
            notBefore(Transition.SCHEDULE_HEARING, in.noticeDate(), DateFact.ACCEPTED, c.acceptedDate);
            requireNotice(c, in.noticeDate(), in.hearingDate());
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
    public ReconsiderationCase holdHearing(long id, VersionCheck check, HearingInputs.HoldHearing in) {
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
            recordRespondentAttendance(c, h, in);
            h.note = in.note();
            return new EventData(in.date(), in.note(), details("hearingId", h.id, "presidingOfficer",
                    in.presidingOfficer(), "hearingOfficers", in.hearingOfficers(), "recorder", in.recorder(),
                    "respondentHeadAttended", in.respondentHeadAttended(), "respondentHeadName", h.respondentHeadName,
                    "respondentHeadPosition", h.respondentHeadPosition, "respondentHeadAbsenceReason",
                    h.respondentHeadAbsenceReason, "respondentStaff", in.respondentStaff()));
        });
    }

    /**
     * Who came for the respondent (ARL 51 ¶3): its head should attend; one who cannot gives reasons and sends staff.
     * Required under the 2023 law; the 2017 law had no such rule, so there it may be left out.
     */
    private static void recordRespondentAttendance(ReconsiderationCase c, Hearing h, HearingInputs.HoldHearing in) {
        Boolean attended = in.respondentHeadAttended();
        List<String> staff = in.respondentStaff() == null ? List.of() : in.respondentStaff().stream().map(String::trim).toList();
        if (attended == null) {
            if (c.ruleSet != RuleSet.ARL_2017) {
                throw ApiException.invalidField("respondentHeadAttended", "REQUIRED_AT_HEARING");
            }
        } else if (attended) {
            if (blankToNull(in.respondentHeadName()) == null) {
                throw ApiException.invalidField("respondentHeadName", "REQUIRED_WHEN_HEAD_ATTENDED");
            }
            if (blankToNull(in.respondentHeadPosition()) == null) {
                throw ApiException.invalidField("respondentHeadPosition", "REQUIRED_WHEN_HEAD_ATTENDED");
            }
            if (blankToNull(in.respondentHeadAbsenceReason()) != null) {
                throw ApiException.invalidField("respondentHeadAbsenceReason", "ONLY_WHEN_HEAD_ABSENT_FROM_HEARING");
            }
        } else {
            if (blankToNull(in.respondentHeadName()) != null || blankToNull(in.respondentHeadPosition()) != null) {
                throw ApiException.invalidField("respondentHeadName", "ONLY_WHEN_HEAD_ATTENDED");
            }
            if (blankToNull(in.respondentHeadAbsenceReason()) == null) {
                throw ApiException.invalidField("respondentHeadAbsenceReason", "REQUIRED_WHEN_HEAD_ABSENT_FROM_HEARING");
            }
            if (staff.isEmpty()) {
                throw ApiException.invalidField("respondentStaff", "REQUIRED_WHEN_HEAD_ABSENT_FROM_HEARING");
            }
        }
        h.respondentHeadAttended = attended;
        h.respondentHeadName = blankToNull(in.respondentHeadName());
        h.respondentHeadPosition = blankToNull(in.respondentHeadPosition());
        h.respondentHeadAbsenceReason = blankToNull(in.respondentHeadAbsenceReason());
        h.respondentStaff = staff.isEmpty() ? null : String.join("、", staff);
    }

    /** The applicant refused to attend without good reason: the hearing right is deemed waived (ARL 51 ¶2). */
    @Transactional
    public ReconsiderationCase recordWaived(long id, VersionCheck check, HearingInputs.WaiveHearing in) {
        return step(id, Transition.RECORD_HEARING_WAIVED, check, c -> {
            Hearing h = scheduledHearing(c, in.hearingId());
            notBefore(Transition.RECORD_HEARING_WAIVED, in.date(), DateFact.HEARING_NOTICE, h.noticeDate);
            if (in.date().isAfter(h.scheduledDate)) {
                throw ApiException.unprocessable("HEARING_WAIVER_AFTER_HEARING_DATE", h.scheduledDate, in.date());
            }
            h.status = HearingStatus.WAIVED;
            h.waivedDate = in.date();
            h.note = in.circumstances().trim();
            return new EventData(in.date(), h.note, details("hearingId", h.id, "hearingDate", h.scheduledDate));
        });
    }

    @Transactional
    public ReconsiderationCase postponeHearing(long id, VersionCheck check, HearingInputs.PostponeHearing in) {
        return step(id, Transition.POSTPONE_HEARING, check, c -> {
            Hearing h = scheduledHearing(c, in.hearingId());
            LocalDate notice = in.newNoticeDate() != null ? in.newNoticeDate() : in.date();
            notBefore(Transition.POSTPONE_HEARING, notice, DateFact.HEARING_NOTICE, h.noticeDate);
            notInFuture(Transition.POSTPONE_HEARING, notice);
            requireNotice(c, notice, in.newHearingDate());
            Map<String, Object> d = details("hearingId", h.id, "previousHearingDate", h.scheduledDate,
                    "newHearingDate", in.newHearingDate(), "newNoticeDate", notice);
            h.scheduledDate = in.newHearingDate();
            h.noticeDate = notice;
            return new EventData(in.date(), in.reason(), d);
        });
    }

    @Transactional
    public ReconsiderationCase cancelHearing(long id, VersionCheck check, HearingInputs.CancelHearing in) {
        return step(id, Transition.CANCEL_HEARING, check, c -> {
            Hearing h = scheduledHearing(c, in.hearingId());
            notBefore(Transition.CANCEL_HEARING, in.date(), DateFact.HEARING_NOTICE, h.noticeDate);
            h.status = HearingStatus.CANCELLED;
            h.note = in.reason();
            return new EventData(in.date(), in.reason(), details("hearingId", h.id));
        });
    }

    /** ARL 51 ¶1: at least 5 working days' notice — a rule of the 2023 law; the 2017 law set none. */
    private void requireNotice(ReconsiderationCase c, LocalDate noticeDate, LocalDate hearingDate) {
        if (c.ruleSet == RuleSet.ARL_2017) {
            return;
        }
        LocalDate latest = HearingNoticePeriod.latestNoticeDate(hearingDate, calendar.current());
        if (noticeDate.isAfter(latest)) {
            throw ApiException.unprocessable("HEARING_NOTICE_TOO_SHORT", hearingDate, noticeDate, latest)
                    .with("latestNoticeDate", latest.toString());
        }
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
    /** A case is not decided while a hearing is still scheduled: hold, postpone or cancel it first. */
    public static void requireNoPendingHearing(ReconsiderationCase c) {
        if (Hearing.count("caseId = ?1 and status = ?2", c.id, HearingStatus.SCHEDULED) > 0) {
            throw ApiException.unprocessable("HEARING_PENDING");
        }
    }
}
