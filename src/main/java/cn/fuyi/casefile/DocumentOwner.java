package cn.fuyi.casefile;

/** The kind of record a document is attached to, with the path segment of its API. */
public enum DocumentOwner {
    RECONSIDERATION_CASE("reconsiderations"),
    LAWSUIT("lawsuits");

    private final String path;

    DocumentOwner(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
