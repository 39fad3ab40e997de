package cn.fuyi.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * The test table {@code lunar-festivals-and-qingming-2008-2100.csv}: the lunar festivals and 清明 of each year as an
 * ephemeris independent of ICU and of {@link SolarTerms} gives them (its header says how it was made).
 */
final class EphemerisTable {

    static final String RESOURCE = "lunar-festivals-and-qingming-2008-2100.csv";

    /** One year of the table; {@code qingmingMoment} is Beijing time. */
    record Row(int year, LocalDate newYearsEve, LocalDate newYear, LocalDate dragonBoat, LocalDate midAutumn,
            LocalDate qingming, LocalDateTime qingmingMoment) {
    }

    static final Map<Integer, Row> ROWS = read();

    private EphemerisTable() {
    }

    private static Map<Integer, Row> read() {
        try (InputStream in = EphemerisTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            Map<Integer, Row> rows = new TreeMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("year,")) {
                    continue;
                }
                String[] c = line.strip().split(",");
                Row row = new Row(Integer.parseInt(c[0]), LocalDate.parse(c[1]), LocalDate.parse(c[2]),
                        LocalDate.parse(c[3]), LocalDate.parse(c[4]), LocalDate.parse(c[5]), LocalDateTime.parse(c[6]));
                rows.put(row.year(), row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
