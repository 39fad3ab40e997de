package cn.fuyi.statistics.aggregate;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.receive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import cn.fuyi.statistics.aggregate.Recount.Key;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The reconciliation's pass over the cases gives the same buckets whether it runs as one pass or split by id range
 * over several connections at once, whether it sums its rows in large batches or in batches of three, as the grouped
 * recount does; counted for some organs only it gives exactly their buckets.
 */
@QuarkusTest
class RowScanPassesTest {

    @Inject
    EntityManager em;
    @Inject
    DataSource dataSource;

    @Test
    void oneTwoAndThreePassesCountTheSameBuckets() {
        long organ = createOrgan("分段清点测试市人民政府", "段政复〔{year}〕{seq}号", null);
        long respondent = createRespondent(organ, "分段清点测试市公安局", "GOVERNMENT_DEPARTMENT");
        long other = createOrgan("分段清点测试县人民政府", "段县复〔{year}〕{seq}号", null);
        long otherRespondent = createRespondent(other, "分段清点测试县公安局", "GOVERNMENT_DEPARTMENT");
        List<Long> cases = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            cases.add(receive(application(organ, respondent, "2025-03-" + (10 + i), "actDate", "2025-01-05")));
            cases.add(receive(application(other, otherRespondent, "2025-04-" + (10 + i), "actDate", "2025-01-05")));
        }
        // some accepted and concluded (the pass only reads the rows; the lifecycle is not its concern here)
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < cases.size(); i += 2) {
                em.createNativeQuery("UPDATE reconsideration_case SET accepted_date = ?2, concluded_date = ?3, decision_type = ?4,"
                        + " decision_due_date = ?5 WHERE id = ?1").setParameter(1, cases.get(i))
                        .setParameter(2, LocalDate.of(2025, 3, 20)).setParameter(3, LocalDate.of(2025, 5, 6 + i))
                        .setParameter(4, i % 4 == 0 ? "REVOKE" : "UPHOLD").setParameter(5, LocalDate.of(2025, 6, 30)).executeUpdate();
            }
        });

        Map<Key, Map<String, Long>> one = QuarkusTransaction.requiringNew().call(() -> RowScan.all(em));
        Map<Key, Map<String, Long>> two = QuarkusTransaction.requiringNew().call(() -> RowScan.start(em, dataSource, 2).get());
        Map<Key, Map<String, Long>> three = QuarkusTransaction.requiringNew().call(() -> RowScan.start(em, dataSource, 3).get());
        assertEquals(one, two, "two passes at once count what one pass counts");
        assertEquals(one, three, "and so do three");
        // a pass holds rows and sums them a batch at a time, sorted by organ and day: batches of three rows (every case
        // of the database, this test's and the others') sum to the same buckets, decision types numbered across batches
        Map<Key, Map<String, Long>> batched = QuarkusTransaction.requiringNew().call(() -> RowScan.all(em, 3));
        assertEquals(one, batched, "summed three rows at a time, the same buckets");
        assertEquals(one, QuarkusTransaction.requiringNew().call(() -> Recount.all(em)), "and the grouped recount counts the same");

        Key received = new Key(organ, LocalDate.of(2025, 3, 1), Flow.RECEIVED);
        assertEquals(9L, one.get(received).get("received"), "the organ's nine applications of March 2025");
        Key concluded = new Key(organ, LocalDate.of(2025, 5, 1), Flow.CONCLUDED);
        assertEquals(9L, one.get(concluded).get("concluded"));
        assertEquals(5L, one.get(concluded).get(Flow.DECISION + "REVOKE"));
        assertEquals(4L, one.get(concluded).get(Flow.DECISION + "UPHOLD"));

        Map<Key, Map<String, Long>> mine = QuarkusTransaction.requiringNew().call(() -> RowScan.organs(em, Set.of(organ)));
        Map<Key, Map<String, Long>> expected = one.entrySet().stream().filter(e -> e.getKey().organId() == organ)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertTrue(expected.size() >= 3, "received, accepted, concluded and exited months of the organ: " + expected.keySet());
        assertEquals(expected, mine, "counted for one organ, exactly that organ's buckets");
    }
}
