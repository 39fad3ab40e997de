package cn.fuyi.ledger;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import cn.fuyi.audit.AuditLog;

/**
 * Inserts new entities of one class with one batched JDBC statement (the driver rewrites it into multi-row inserts),
 * their columns read from the entity's own mapping: every persistent field under its {@code @Column} name (or its own
 * name), enums by name, instants as UTC DATETIME(6) text, the generated id left to the database. For the bulk
 * import, where Hibernate would insert row by row (identity ids cannot be batched).
 */
final class EntityRows<T> {

    private static final Map<Class<?>, EntityRows<?>> CACHE = new ConcurrentHashMap<>();

    private final String table;
    private final List<Field> fields;
    private final List<String> columns;
    /** Per field, once read from the table's metadata: see {@link #omittable(Connection)}. */
    private volatile boolean[] omittable;

    private EntityRows(Class<T> type) {
        Table table = type.getAnnotation(Table.class);
        if (table == null) {
            throw new IllegalArgumentException(type + " has no @Table");
        }
        List<Field> list = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic() || f.getName().startsWith("$")
                        || f.isAnnotationPresent(Transient.class) || f.isAnnotationPresent(GeneratedValue.class)) {
                    continue;
                }
                if (f.getType().isEnum()) {
                    Enumerated e = f.getAnnotation(Enumerated.class);
                    if (e == null || e.value() != EnumType.STRING) {
                        throw new IllegalArgumentException(f + ": only enums stored by name are written in bulk");
                    }
                }
                Column col = f.getAnnotation(Column.class);
                f.setAccessible(true);
                list.add(f);
                columns.add(col != null && !col.name().isEmpty() ? col.name() : f.getName());
            }
        }
        this.fields = List.copyOf(list);
        this.columns = List.copyOf(columns);
        this.table = table.name();
    }

    @SuppressWarnings("unchecked")
    static <T> EntityRows<T> of(Class<T> type) {
        return (EntityRows<T>) CACHE.computeIfAbsent(type, t -> new EntityRows<>(type));
    }

    /**
     * Inserts the rows. A column that is NULL in every row and whose table default is NULL anyway is left out of the
     * statement: every value bound is work for the driver and the server, and a case has many columns a ledger row
     * leaves empty.
     */
    void insert(Connection conn, List<? extends T> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int width = fields.size();
        Object[][] values = new Object[rows.size()][];
        boolean[] used = new boolean[width];
        for (int r = 0; r < values.length; r++) {
            Object[] v = new Object[width];
            for (int i = 0; i < width; i++) {
                v[i] = value(fields.get(i), rows.get(r));
                used[i] |= v[i] != null;
            }
            values[r] = v;
        }
        boolean[] omittable = omittable(conn);
        int[] written = java.util.stream.IntStream.range(0, width).filter(i -> used[i] || !omittable[i]).toArray();
        List<String> names = java.util.Arrays.stream(written).mapToObj(columns::get).toList();
        String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(names.size(), "?")) + ")";
        try (PreparedStatement ps = conn.prepareStatement(insert)) {
            for (Object[] v : values) {
                for (int i = 0; i < written.length; i++) {
                    bind(ps, i + 1, v[written[i]]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Binds with the setter of the value's own type (setObject looks the type up again for every value). */
    private static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v instanceof String text) {
            ps.setString(i, text);
        } else if (v instanceof Long n) {
            ps.setLong(i, n);
        } else if (v instanceof Integer n) {
            ps.setInt(i, n);
        } else if (v instanceof Boolean b) {
            ps.setBoolean(i, b);
        } else {
            ps.setObject(i, v);
        }
    }

    /** Per field: whether its column is nullable with a NULL default, so that leaving it out writes what NULL would. */
    private boolean[] omittable(Connection conn) throws SQLException {
        boolean[] known = omittable;
        if (known != null) {
            return known;
        }
        Map<String, Boolean> byColumn = new java.util.HashMap<>();
        try (java.sql.ResultSet rs = conn.getMetaData().getColumns(conn.getCatalog(), null, table, null)) {
            while (rs.next()) {
                String def = rs.getString("COLUMN_DEF");
                boolean nullDefault = def == null || "NULL".equalsIgnoreCase(def.strip());
                byColumn.put(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT),
                        "YES".equals(rs.getString("IS_NULLABLE")) && nullDefault);
            }
        }
        boolean[] result = new boolean[fields.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = byColumn.getOrDefault(columns.get(i).toLowerCase(java.util.Locale.ROOT), false);
        }
        omittable = result;
        return result;
    }

    private static Object value(Field f, Object row) {
        Object v;
        try {
            v = f.get(row);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Instant i) {
            return AuditLog.timestamp(i);
        }
        return v;
    }
}
