package cn.fuyi.organ;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.fuyi.common.CodeListContributor;
import cn.fuyi.common.Labelled;

/** The organ feature's fixed code lists. */
@ApplicationScoped
public class OrganCodeLists implements CodeListContributor {

    @Override
    public Map<String, Class<? extends Labelled>> codeLists() {
        return Map.of("ORGAN_LEVEL", OrganLevel.class, "RESPONDENT_KIND", RespondentKind.class);
    }
}
