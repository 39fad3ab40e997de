package cn.fuyi.security;

/** The roles a token's {@code groups} claim can carry. */
public final class Roles {

    /** 承办人: handles the cases of their organs. */
    public static final String CLERK = "clerk";
    /** 复议机构负责人: approves extensions, procedure conversions and decisions; may do what a clerk does. */
    public static final String REVIEWER = "reviewer";
    /** Statistics and exports only, without personal data. */
    public static final String STATISTICIAN = "statistician";
    /** The audit trail and the change feed, read-only. */
    public static final String AUDITOR = "auditor";
    /** Staff of a respondent agency: reports its own lawsuits, sees its own cases and rectification items. */
    public static final String AGENCY = "agency";
    /** Reference data and the calendar. */
    public static final String ADMIN = "admin";

    public static final String[] ALL = { CLERK, REVIEWER, STATISTICIAN, AUDITOR, AGENCY, ADMIN };

    private Roles() {
    }
}
