package cn.fuyi.litigation.outcome;

import static cn.fuyi.lifecycle.EventRecorder.details;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.lifecycle.Lifecycle;
import cn.fuyi.lifecycle.LifecycleEngine.EventData;
import cn.fuyi.litigation.Lawsuit;
import cn.fuyi.litigation.LawsuitStep;
import cn.fuyi.litigation.LawsuitSteps;
import cn.fuyi.litigation.LitigationFact;
import cn.fuyi.litigation.api.LawsuitInputs;
import cn.fuyi.litigation.defendant.LawsuitDefendant;
import cn.fuyi.litigation.rectification.RectificationService;

/**
 * The judgment, ruling or mediation that ends an instance (ALL 58-89), with what it decided as to each defendant
 * ({@link DefendantOutcomeRule}, 法释〔2018〕1号 art. 136), and its becoming final after the appeal window (ALL 85).
 */
@ApplicationScoped
public class OutcomeSteps extends LawsuitSteps {

    @Inject
    RectificationService rectifications;

    @Transactional
    public Lawsuit recordOutcome(long id, VersionCheck check, LawsuitInputs.RecordOutcome in) {
        return step(id, LawsuitStep.RECORD_OUTCOME, check, s -> {
            Outcome o = in.outcome();
            if (!o.availableIn(s.instance)) {
                throw ApiException.unprocessable("OUTCOME_NOT_FOR_INSTANCE", o, s.instance);
            }
            boolean redo = Boolean.TRUE.equals(in.orderToRedo());
            if (redo && o != Outcome.REVOKE && o != Outcome.PARTIAL_REVOKE) {
                throw ApiException.unprocessable("LAWSUIT_ORDER_TO_REDO_NOT_APPLICABLE", o);
            }
            boolean changed = Boolean.TRUE.equals(in.withdrawnAfterActChanged());
            if (changed && o != Outcome.WITHDRAWAL_APPROVED && o != Outcome.DEEMED_WITHDRAWN) {
                throw ApiException.unprocessable("WITHDRAWAL_FLAG_NOT_APPLICABLE", o);
            }
            Lifecycle.notBefore(LawsuitStep.RECORD_OUTCOME, in.date(), LitigationFact.FILED, s.filedDate);
            if (in.servedDate() != null) {
                Lifecycle.notBefore(LawsuitStep.RECORD_OUTCOME, in.servedDate(), LitigationFact.OUTCOME, in.date());
                Lifecycle.notInFuture(LawsuitStep.RECORD_OUTCOME, in.servedDate(), today());
            }
            if (in.rectification() != null && !o.loss()) {
                throw ApiException.unprocessable("RECTIFICATION_NEEDS_LOSS", o);
            }
            List<LawsuitDefendant> defendants = LawsuitDefendant.list("lawsuitId = ?1 order by position", s.id);
            Map<Long, Outcome> perDefendant = DefendantOutcomeRule.decide(o, s.instance,
                    defendants.stream().map(d -> new DefendantOutcomeRule.Defendant(d.id, d.organ())).toList(),
                    in.defendantOutcomes() == null ? null : in.defendantOutcomes().stream()
                            .map(g -> new DefendantOutcomeRule.Given(g.defendantId(), g.outcome())).toList());
            defendants.forEach(d -> d.outcome = perDefendant.get(d.id));
            s.outcome = o;
            s.orderToRedo = redo;
            s.withdrawnAfterActChanged = changed;
            s.outcomeDate = in.date();
            s.outcomeServedDate = in.servedDate();
            s.outcomeSummary = in.summary();
            Long item = null;
            if (in.rectification() != null) {
                item = rectifications.openForLawsuit(s, in.rectification()).id;
            }
            List<Long> lostBy = defendants.stream().filter(d -> d.outcome.loss()).map(d -> d.id).toList();
            return new EventData(in.date(), null, details("outcome", o, "loss", o.loss(), "defendantsLost", lostBy,
                    "defendantOutcomes", in.defendantOutcomes() == null || in.defendantOutcomes().isEmpty() ? null : perDefendant,
                    "orderToRedo", redo, "withdrawnAfterActChanged", changed, "servedDate", in.servedDate(), "rectificationId", item));
        });
    }

    @Transactional
    public Lawsuit becomeFinal(long id, VersionCheck check, LawsuitInputs.DatedStep in) {
        return step(id, LawsuitStep.BECOME_FINAL, check, s -> {
            if (s.outcomeServedDate == null) {
                throw ApiException.unprocessable("OUTCOME_NOT_SERVED");
            }
            Lifecycle.notBefore(LawsuitStep.BECOME_FINAL, in.date(), LitigationFact.OUTCOME_SERVED, s.outcomeServedDate);
            if (s.outcome.appealDays() > 0) {
                LocalDate due = lawsuits.deadlineCalculator(s, in.date()).appealWindow().due();
                if (!in.date().isAfter(due)) {
                    throw ApiException.unprocessable("APPEAL_WINDOW_OPEN", due);
                }
            }
            s.finalDate = in.date();
            return new EventData(in.date(), in.reason(), Map.of());
        });
    }
}
