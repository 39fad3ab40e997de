package cn.fuyi.statistics;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.fuyi.common.CodeListContributor;
import cn.fuyi.common.Labelled;
import cn.fuyi.statistics.api.StatisticsViews.SubmissionState;

/** The statistics' fixed code lists: the states of a submission to the parent organ (上报), the kinds and states of a statistics job. */
@ApplicationScoped
public class StatisticsCodeLists implements CodeListContributor {

    @Override
    public Map<String, Class<? extends Labelled>> codeLists() {
        Map<String, Class<? extends Labelled>> m = new LinkedHashMap<>();
        m.put("SUBMISSION_STATE", SubmissionState.class);
        m.put("STATISTICS_JOB_KIND", cn.fuyi.statistics.job.StatisticsJobKind.class);
        m.put("STATISTICS_JOB_STATE", cn.fuyi.statistics.job.StatisticsJobState.class);
        return m;
    }
}
