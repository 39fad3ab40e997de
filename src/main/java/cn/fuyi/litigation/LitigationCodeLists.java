package cn.fuyi.litigation;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.fuyi.common.CodeListContributor;
import cn.fuyi.common.Labelled;
import cn.fuyi.litigation.deadline.LawsuitDeadlineKind;
import cn.fuyi.litigation.defendant.DefendantBasis;
import cn.fuyi.litigation.outcome.Outcome;
import cn.fuyi.litigation.recommendation.AnswerDueSource;
import cn.fuyi.litigation.recommendation.RecommendationKind;
import cn.fuyi.litigation.rectification.RectificationSource;
import cn.fuyi.litigation.session.AbsenceReason;
import cn.fuyi.litigation.session.HeadRank;
import cn.fuyi.litigation.session.InstanceAppearance;

/** The litigation feature's fixed code lists. */
@ApplicationScoped
public class LitigationCodeLists implements CodeListContributor {

    @Override
    public Map<String, Class<? extends Labelled>> codeLists() {
        Map<String, Class<? extends Labelled>> m = new LinkedHashMap<>();
        m.put("LAWSUIT_INSTANCE", Instance.class);
        m.put("LAWSUIT_STATE", LawsuitState.class);
        m.put("LAWSUIT_TRANSITION", LawsuitStep.class);
        m.put("LAWSUIT_OUTCOME", Outcome.class);
        m.put("COUNSEL_TYPE", CounselType.class);
        m.put("HEAD_RANK", HeadRank.class);
        m.put("ABSENCE_REASON", AbsenceReason.class);
        m.put("RECOMMENDATION_KIND", RecommendationKind.class);
        m.put("RECTIFICATION_SOURCE", RectificationSource.class);
        m.put("REPORT_STATUS", ReportStatus.class);
        m.put("LAWSUIT_DEADLINE_KIND", LawsuitDeadlineKind.class);
        m.put("DEFENDANT_BASIS", DefendantBasis.class);
        m.put("HEAD_APPEARANCE", InstanceAppearance.class);
        m.put("ANSWER_DUE_SOURCE", AnswerDueSource.class);
        return m;
    }
}
