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

    private final String sql;
    private final List<Field> fields;

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
        this.sql = "INSERT INTO " + table.name() + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
    }

    @SuppressWarnings("unchecked")
    static <T> EntityRows<T> of(Class<T> type) {
        return (EntityRows<T>) CACHE.computeIfAbsent(type, t -> new EntityRows<>(type));
    }

    void insert(Connection conn, List<? extends T> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (T row : rows) {
                for (int i = 0; i < fields.size(); i++) {
                    ps.setObject(i + 1, value(fields.get(i), row));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
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
