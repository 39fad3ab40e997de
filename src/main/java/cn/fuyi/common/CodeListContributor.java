package cn.fuyi.common;

import java.util.Map;

/** A feature's fixed code lists (enums with labels), gathered by the code-list endpoint. */
public interface CodeListContributor {

    /** List name (e.g. {@code CASE_STATE}) → the enum holding its codes. */
    Map<String, Class<? extends Labelled>> codeLists();
}
