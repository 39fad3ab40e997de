package cn.fuyi.lifecycle;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fuyi.common.CurrentUser;
import cn.fuyi.common.TimeSource;

/** Writes lifecycle events (numbered in order per record) and shows them as the history API's views. */
@ApplicationScoped
public class EventRecorder {

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    CurrentUser user;
    @Inject
    TimeSource time;

    /**
     * Fills in the event's sequence number, time, actor and details and persists it.
     *
     * @param ownerField the event entity's field naming the record, e.g. {@code caseId}
     */
    public void record(LifecycleEvent ev, String ownerField, long ownerId, LocalDate date, String reason,
            Map<String, Object> details) {
        Integer last = em.createQuery("select max(e.seq) from " + ev.getClass().getSimpleName() + " e where e."
                + ownerField + " = :o", Integer.class).setParameter("o", ownerId).getSingleResult();
        ev.seq = last == null ? 1 : last + 1;
        ev.eventDate = date;
        ev.recordedAt = time.now();
        ev.actor = user.username();
        ev.actorName = user.displayName();
        ev.reason = reason == null || reason.isBlank() ? null : reason.trim();
        ev.details = detailsJson(details, user.provenance());
        em.persist(ev);
    }

    /** An event's stored details: the step's fields and, for a fact brought in from a ledger, where it came from. */
    public String detailsJson(Map<String, Object> details, CurrentUser.Provenance from) {
        if (from != null) {
            Map<String, Object> marked = details == null ? new LinkedHashMap<>() : new LinkedHashMap<>(details);
            marked.put("importedFrom", Map.of("importJobId", from.importJobId(), "file", from.fileName(), "row", from.row()));
            details = marked;
        }
        try {
            return details == null || details.isEmpty() ? null : json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<EventView> views(List<? extends LifecycleEvent> events) {
        return events.stream().map(this::view).toList();
    }

    public EventView view(LifecycleEvent e) {
        Map<String, Object> details = null;
        if (e.details != null) {
            try {
                details = json.readValue(e.details, new TypeReference<LinkedHashMap<String, Object>>() {
                });
            } catch (JsonProcessingException ex) {
                details = Map.of("raw", e.details);
            }
        }
        return new EventView(e.id, e.seq, e.step().name(), e.step().labelZh(),
                e.fromState() == null ? null : e.fromState().name(), e.fromState() == null ? null : e.fromState().labelZh(),
                e.toState().name(), e.toState().labelZh(), e.eventDate, e.recordedAt, e.actor, e.actorName, e.reason,
                details);
    }

    /** Event details from alternating keys and values; null values are left out, codes become their names. */
    public static Map<String, Object> details(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put((String) kv[i], kv[i + 1] instanceof Enum<?> en ? en.name() : kv[i + 1]);
            }
        }
        return m;
    }
}
