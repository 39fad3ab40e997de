package cn.fuyi.statistics.export;

import java.util.List;

/**
 * A table to export: a title (the sheet's name), typed columns with Chinese headers, and rows of cell values
 * ({@code String}, {@code Long}/{@code Integer}, {@code BigDecimal} for percentages, {@code LocalDate}, {@code Boolean}
 * or {@code null} for an empty cell).
 */
public record Table(String title, List<Column> columns, List<List<Object>> rows) {

    public enum Type {
        TEXT, INTEGER, PERCENT, DATE
    }

    public record Column(String header, Type type) {
    }

    public static Column text(String header) {
        return new Column(header, Type.TEXT);
    }

    public static Column integer(String header) {
        return new Column(header, Type.INTEGER);
    }

    public static Column percent(String header) {
        return new Column(header, Type.PERCENT);
    }

    public static Column date(String header) {
        return new Column(header, Type.DATE);
    }
}
