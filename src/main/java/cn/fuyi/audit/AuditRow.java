package cn.fuyi.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An audit record as the database stores it. Its hash is computed from these stored values, read back with JDBC,
 * so the chain covers exactly what the server kept, whatever precision its timestamps have.
 */
public record AuditRow(long id, Long seq, LocalDateTime occurredAt, String username, String displayName, String roles,
        Long organId, String subjectType, Long subjectId, String operation, String changes, String reason,
        String requestId, String clientAddress, String prevHash, String hash) {

    static final String COLUMNS = "id, seq, occurred_at, username, display_name, roles, organ_id, subject_type, subject_id,"
            + " operation, changes, reason, request_id, client_address, prev_hash, hash";

    /** The hash this record has at position {@code seq} after the record whose hash is {@code prev}. */
    public String hash(long position, String prev) {
        return AuditLog.hash(position, occurredAt, username, displayName, roles, organId, subjectType, subjectId, operation,
                changes, reason, requestId, clientAddress, prev);
    }

    /** Up to {@code limit} records matching {@code clause} (a WHERE and ORDER BY over the audit_record columns). */
    static List<AuditRow> read(Connection c, String clause, int limit, Object... parameters) throws SQLException {
        List<AuditRow> rows = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_record " + clause + " LIMIT ?")) {
            int i = 1;
            for (Object p : parameters) {
                st.setObject(i++, p);
            }
            st.setInt(i, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new AuditRow(rs.getLong(1), nullableLong(rs, 2), rs.getObject(3, LocalDateTime.class),
                            rs.getString(4), rs.getString(5), rs.getString(6), nullableLong(rs, 7), rs.getString(8),
                            nullableLong(rs, 9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                            rs.getString(14), rs.getString(15), rs.getString(16)));
                }
            }
        }
        return rows;
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
