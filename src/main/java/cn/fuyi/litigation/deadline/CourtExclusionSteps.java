package cn.fuyi.litigation.deadline;

import static cn.fuyi.lifecycle.EventRecorder.details;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.fuyi.common.ApiException;
import cn.fuyi.common.VersionCheck;
import cn.fuyi.lifecycle.LifecycleEngine.EventData;
import cn.fuyi.litigation.Lawsuit;
import cn.fuyi.litigation.LawsuitStep;
import cn.fuyi.litigation.LawsuitSteps;
import cn.fuyi.litigation.LitigationFact;
import cn.fuyi.litigation.api.LawsuitInputs;

/** Records the periods the court does not count toward its trial time limit (法释〔2018〕1号 art. 50). */
@ApplicationScoped
public class CourtExclusionSteps extends LawsuitSteps {

    /** A period the court gave as not counting toward its trial time limit; the expected trial deadline moves. */
    @Transactional
    public Lawsuit recordCourtExclusion(long id, VersionCheck check, LawsuitInputs.RecordCourtExclusion in) {
        return step(id, LawsuitStep.RECORD_COURT_EXCLUSION, check, s -> {
            if (in.from().isBefore(s.filedDate)) {
                throw ApiException.invalidField("from", "NOT_BEFORE", LitigationFact.FILED);
            }
            if (in.to().isBefore(in.from())) {
                throw ApiException.invalidField("to", "NOT_BEFORE", LitigationFact.EXCLUSION_FROM);
            }
            CourtExclusion x = new CourtExclusion();
            x.lawsuitId = s.id;
            x.ground = in.ground();
            x.fromDate = in.from();
            x.toDate = in.to();
            x.note = in.note();
            x.recordedAt = time.now();
            x.recordedBy = user.username();
            x.persist();
            return new EventData(in.date(), in.note(), details("courtExclusionId", x.id, "ground", in.ground(), "from", in.from(),
                    "to", in.to()));
        });
    }
}
