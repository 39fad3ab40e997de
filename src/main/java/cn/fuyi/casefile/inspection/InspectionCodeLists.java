package cn.fuyi.casefile.inspection;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.fuyi.common.CodeListContributor;
import cn.fuyi.common.Labelled;

/** File inspection's fixed code lists. */
@ApplicationScoped
public class InspectionCodeLists implements CodeListContributor {

    @Override
    public Map<String, Class<? extends Labelled>> codeLists() {
        Map<String, Class<? extends Labelled>> m = new LinkedHashMap<>();
        m.put("INSPECTION_REQUESTER_ROLE", RequesterRole.class);
        m.put("INSPECTION_OUTCOME", InspectionOutcome.class);
        m.put("INSPECTION_REFUSAL_GROUND", InspectionRefusalGround.class);
        return m;
    }
}
