package cn.fuyi.statistics.aggregate.litigation;

import java.time.YearMonth;

/** One count of the litigation aggregates: an organ, a calendar month, a {@link Measures measure} and how many. */
public record Cell(long organId, YearMonth month, String measure, long n) {

    /** The bucket this count belongs to, as text: "organ|yyyy-MM|measure". */
    public String bucket() {
        return organId + "|" + month + "|" + measure;
    }
}
