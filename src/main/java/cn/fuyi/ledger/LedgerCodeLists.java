package cn.fuyi.ledger;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.fuyi.common.CodeListContributor;
import cn.fuyi.common.Labelled;

/** The ledger imports' fixed code lists. */
@ApplicationScoped
public class LedgerCodeLists implements CodeListContributor {

    @Override
    public Map<String, Class<? extends Labelled>> codeLists() {
        Map<String, Class<? extends Labelled>> m = new LinkedHashMap<>();
        m.put("LEDGER_KIND", LedgerKind.class);
        m.put("IMPORT_MODE", ImportMode.class);
        m.put("IMPORT_STATE", ImportState.class);
        return m;
    }
}
