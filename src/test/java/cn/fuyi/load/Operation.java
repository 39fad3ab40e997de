package cn.fuyi.load;

/** The kinds of request the harness measures apart. */
enum Operation {
    /** POST /api/v1/reconsiderations: a new case with the organ's next number. */
    INTAKE("intake"),
    /** POST /api/v1/reconsiderations/{id}/transitions/{accept|assign-clerk} with If-Match. */
    TRANSITION("transition"),
    /** GET /api/v1/reconsiderations/{id} by a clerk: the reading of personal data is itself an audit record. */
    READ("audited read"),
    /** GET /api/v1/reconsiderations with filters. */
    WORKLIST("worklist"),
    /** GET /api/v1/statistics/reconsideration for an organ and year. */
    STATISTICS("statistics"),
    /** The hand-written JDBC transaction of an intake (see IntakeBaseline). */
    JDBC_INTAKE("JDBC intake");

    final String label;

    Operation(String label) {
        this.label = label;
    }

    boolean writes() {
        return this == INTAKE || this == TRANSITION || this == READ;
    }
}
