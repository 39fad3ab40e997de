package cn.fuyi.statistics;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.fuyi.common.CodeListContributor;
import cn.fuyi.common.Labelled;
import cn.fuyi.statistics.api.StatisticsViews.SubmissionState;

/** The statistics' fixed code lists: the states of a submission to the parent organ (上报). */
@ApplicationScoped
public class StatisticsCodeLists implements CodeListContributor {

    @Override
    public Map<String, Class<? extends Labelled>> codeLists() {
        Map<String, Class<? extends Labelled>> m = new LinkedHashMap<>();
        m.put("SUBMISSION_STATE", SubmissionState.class);
        return m;
    }
}
