package cn.fuyi.casefile;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.fuyi.common.CodeListContributor;
import cn.fuyi.common.Labelled;

/** The case file's fixed code lists. */
@ApplicationScoped
public class CaseFileCodeLists implements CodeListContributor {

    @Override
    public Map<String, Class<? extends Labelled>> codeLists() {
        Map<String, Class<? extends Labelled>> m = new LinkedHashMap<>();
        m.put("DOCUMENT_KIND", DocumentKind.class);
        m.put("DOCUMENT_STATE", DocumentState.class);
        m.put("FORMAL_DOCUMENT_KIND", cn.fuyi.casefile.template.FormalDocumentKind.class);
        return m;
    }
}
