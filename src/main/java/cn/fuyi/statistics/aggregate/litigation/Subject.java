package cn.fuyi.statistics.aggregate.litigation;

/** A record the litigation aggregates count: a lawsuit ({@code L}) or a recommendation ({@code R}). */
public record Subject(char type, long id) {

    public static final char LAWSUIT = 'L';
    public static final char RECOMMENDATION = 'R';

    public static Subject lawsuit(long id) {
        return new Subject(LAWSUIT, id);
    }

    public static Subject recommendation(long id) {
        return new Subject(RECOMMENDATION, id);
    }

    /** "lawsuit:12", "recommendation:3": how a reconciliation names it. */
    public String label() {
        return (type == LAWSUIT ? "lawsuit:" : "recommendation:") + id;
    }
}
