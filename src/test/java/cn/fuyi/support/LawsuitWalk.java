package cn.fuyi.support;

import static cn.fuyi.support.Api.json;
import static cn.fuyi.support.Api.obj;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;

/**
 * Drives one lawsuit through the REST API as a client would, keeping the ETag of each answer for the next step's
 * If-Match (one request per step), and the ids of its defendants and sessions.
 */
public final class LawsuitWalk {

    public final long id;
    private final List<Long> defendants;
    private final Map<String, Long> sessions = new LinkedHashMap<>();
    private String etag;

    private LawsuitWalk(long id, List<Long> defendants, String etag) {
        this.id = id;
        this.defendants = defendants;
        this.etag = etag;
    }

    /**
     * Registers a lawsuit of {@code organ}. {@code defendants} are DefendantInput objects, e.g.
     * {@code obj("respondentId", 7)} or {@code obj("organId", 3)}; their entries keep that order. {@code extra} adds or
     * replaces fields of the body, e.g. {@code "reconsiderationCaseId", 12}.
     */
    public static LawsuitWalk register(long organ, String court, String number, String instance, Long previous, String filed,
            String counsel, List<Map<String, Object>> defendants, Object... extra) {
        Map<String, Object> body = obj("organId", organ, "court", court, "courtCaseNumber", number, "instance", instance,
                "previousLawsuitId", previous,
                "plaintiffs", List.of(obj("kind", "NATURAL_PERSON", "name", "钱多多", "idType", "RESIDENT_ID_CARD",
                        "idNumber", "11010519491231002X")),
                "defendants", defendants,
                "actCategory", "ADMINISTRATIVE_PENALTY", "actDomain", "NATURAL_RESOURCES",
                "actDescription", "行政处罚决定", "claims", "请求撤销被诉行政行为",
                "filedDate", filed, "counselType", counsel);
        body.putAll(obj(extra));
        Response r = json().body(body).post("/api/v1/lawsuits");
        if (r.statusCode() != 201) {
            throw new AssertionError("registering " + number + " answered " + r.statusCode() + ": " + r.asString());
        }
        List<Long> ids = r.jsonPath().getList("defendants.id", Long.class);
        return new LawsuitWalk(r.jsonPath().getLong("id"), ids, r.header("ETag"));
    }

    /** The id of the i-th defendant entry, in registration order. */
    public long defendant(int i) {
        return defendants.get(i);
    }

    public Response step(String transition, Map<String, Object> body) {
        Response r = attempt(transition, body);
        if (r.statusCode() != 200) {
            throw new AssertionError(transition + " on lawsuit " + id + " answered " + r.statusCode() + ": " + r.asString());
        }
        return r;
    }

    /** Tries a step with the current ETag and answers whatever the server said; a refused step leaves the ETag as it was. */
    public Response attempt(String transition, Map<String, Object> body) {
        Response r = json().header("If-Match", etag).body(body).post("/api/v1/lawsuits/" + id + "/transitions/" + transition);
        if (r.statusCode() == 200) {
            etag = r.header("ETag");
        }
        return r;
    }

    /** A court session on {@code date} (one per lawsuit and date) with one attendance record per defendant. */
    @SafeVarargs
    public final LawsuitWalk session(String date, Map<String, Object>... appearances) {
        Response r = step("hold-session", obj("date", date, "courtRoom", "第一法庭", "appearances", List.of(appearances)));
        sessions.put(date, r.jsonPath().getLong("sessions.find { it.date == '" + date + "' }.id"));
        return this;
    }

    /** Replaces one defendant's attendance record at the session of {@code sessionDate}. */
    public LawsuitWalk correct(String sessionDate, Map<String, Object> appearance, String reason) {
        step("correct-attendance", obj("sessionId", sessions.get(sessionDate), "appearance", appearance, "reason", reason));
        return this;
    }

    public LawsuitWalk outcome(String date, String outcome, Object... extra) {
        Map<String, Object> body = obj("date", date, "outcome", outcome);
        body.putAll(obj(extra));
        step("record-outcome", body);
        return this;
    }

    public LawsuitWalk becomeFinal(String date) {
        step("become-final", obj("date", date));
        return this;
    }

    // ---- attendance records ------------------------------------------------------------------------------------

    /** The head of {@code defendant} appeared with valid identity. */
    public static Map<String, Object> head(long defendant, String name, String rank, boolean spoke, Object... extra) {
        Map<String, Object> m = obj("defendantId", defendant, "headAppeared", true, "headName", name, "headPosition",
                "PRINCIPAL".equals(rank) ? "局长" : "副局长", "headRank", rank, "headSpoke", spoke, "courtNotifiedHead", true);
        m.putAll(obj(extra));
        return m;
    }

    /** A head came, but the proof of identity was defective: counts as absent (法释〔2020〕3号 art. 6). */
    public static Map<String, Object> defectiveHead(long defendant, String name, String rank) {
        return head(defendant, name, rank, false, "headIdentityDefective", true);
    }

    /** No head appeared; entrusted staff went. */
    public static Map<String, Object> noHead(long defendant, Object... extra) {
        Map<String, Object> m = obj("defendantId", defendant, "headAppeared", false, "courtNotifiedHead", true,
                "absenceReason", "DUTY_NO_ONE_ELSE", "entrustedStaff", List.of("冯科长"));
        m.putAll(obj(extra));
        return m;
    }
}
