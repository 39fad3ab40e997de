package cn.fuyi.casefile.service;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.fuyi.common.CodeListContributor;
import cn.fuyi.common.Labelled;

/** Service's fixed code lists. */
@ApplicationScoped
public class ServiceCodeLists implements CodeListContributor {

    @Override
    public Map<String, Class<? extends Labelled>> codeLists() {
        Map<String, Class<? extends Labelled>> m = new LinkedHashMap<>();
        m.put("SERVICE_METHOD", ServiceMethod.class);
        m.put("SERVICE_RECIPIENT_ROLE", RecipientRole.class);
        return m;
    }
}
