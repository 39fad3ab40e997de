package cn.fuyi.casefile.evidence;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.fuyi.common.CodeListContributor;
import cn.fuyi.common.Labelled;

/** The evidence register's fixed code lists. */
@ApplicationScoped
public class EvidenceCodeLists implements CodeListContributor {

    @Override
    public Map<String, Class<? extends Labelled>> codeLists() {
        Map<String, Class<? extends Labelled>> m = new LinkedHashMap<>();
        m.put("EVIDENCE_TYPE", EvidenceType.class);
        m.put("EVIDENCE_SUBMITTER_ROLE", SubmitterRole.class);
        m.put("EVIDENCE_REVIEW_STATUS", EvidenceReviewStatus.class);
        m.put("EVIDENCE_TIMELINESS", EvidenceTimeliness.class);
        return m;
    }
}
