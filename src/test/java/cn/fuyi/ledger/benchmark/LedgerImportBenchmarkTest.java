package cn.fuyi.ledger.benchmark;

import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import cn.fuyi.audit.Sequencer;
import cn.fuyi.statistics.aggregate.ReconsiderationProjector;
import cn.fuyi.support.Ledgers;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Imports a generated reconsideration-case ledger of {@code fuyi.benchmark.import.rows} rows (default 100,000) as
 * XLSX through the API (mode validRows) and records the time from upload to the finished job, the rows per minute,
 * and the heap in use sampled every 100 ms while it ran (the file is streamed, so the heap should not grow with it).
 * Tagged {@code benchmark}: not part of the default run. Results go to the log and
 * {@code target/ledger-import-benchmark.txt}.
 */
@Tag("benchmark")
@QuarkusTest
class LedgerImportBenchmarkTest {

    private static final Logger LOG = Logger.getLogger(LedgerImportBenchmarkTest.class);
    private static final String[] DECISIONS = { "维持", "维持", "维持", "维持", "撤销", "确认违法", "变更" };

    @Test
    void importsAGeneratedLedger() throws Exception {
        int rows = ConfigProvider.getConfig().getOptionalValue("fuyi.benchmark.import.rows", Integer.class).orElse(100_000);
        long organ = createOrgan("基准测试市人民政府", "基复〔{year}〕{seq}号", null);
        List<String> respondents = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = "基准测试市第" + (i + 1) + "局";
            createRespondent(organ, name, "GOVERNMENT_DEPARTMENT");
            respondents.add(name);
        }
        String bufferPool = serverSettings();
        Path file = Path.of("target", "ledger-benchmark-" + rows + ".xlsx");
        long genStart = System.nanoTime();
        write(file, rows, respondents);
        double genSeconds = (System.nanoTime() - genStart) / 1e9;

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(heapBefore);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        double loadStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long start = System.nanoTime();
        long id = given().multiPart("file", file.toFile(), Ledgers.XLSX_TYPE).multiPart("organId", Long.toString(organ))
                .multiPart("mode", "validRows").post("/api/v1/imports").then().statusCode(202).extract().jsonPath().getLong("id");
        JsonPath job = Ledgers.await(id);
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        long maxHeap = memory.getHeapMemoryUsage().getMax();
        // the audit chain and the feed are sequenced after commit, by the sequencer: how long it still needed
        long sequencing = System.nanoTime();
        boolean sequenced = Arc.container().instance(Sequencer.class).get().awaitSequenced(Duration.ofMinutes(10));
        double sequencedAfter = (System.nanoTime() - sequencing) / 1e9;
        // and the aggregates follow the sequenced feed: how long until the statistics had integrated every case
        boolean integrated = Arc.container().instance(ReconsiderationProjector.class).get().awaitCaughtUp(Duration.ofMinutes(10));
        double integratedAfter = (System.nanoTime() - sequencing) / 1e9;

        String result = String.format(
                "ledger import benchmark: %,d rows (%,d bytes XLSX, generated in %.1f s); state %s; written %,d, failed %,d;%n"
                        + "  upload to finished job %.1f s = %,.0f rows/min; heap in use before %,d MB, peak while importing %,d MB (max %,d MB);"
                        + " %s; load average at the start %.1f, at the end %.1f;%n"
                        + "  audit records and feed events %s %.1f s after the job finished; statistics aggregates %s %.1f s after it%n",
                rows, Files.size(file), genSeconds, job.getString("state"), job.getInt("rowsWritten"), job.getInt("rowsFailed"), seconds,
                rows / seconds * 60, heapBefore >> 20, peak.get() >> 20, maxHeap >> 20, bufferPool, loadStart,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), sequenced ? "all sequenced" : "NOT all sequenced",
                sequencedAfter, integrated ? "caught up" : "NOT caught up", integratedAfter);
        LOG.info(result);
        Files.writeString(Path.of("target", "ledger-import-benchmark.txt"), result, StandardCharsets.UTF_8);
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        assertEquals(rows, job.getInt("rowsWritten"), job.prettify());
    }

    /**
     * The server as a production one would run: the test resource turns {@code innodb_flush_log_at_trx_commit} down to
     * 2 for the functional tests, the benchmark sets it back to 1 (the default: every commit flushed). The buffer pool
     * and redo log are fixed at the server's start ({@code fuyi.embedded-db.server-args}, set by the benchmark
     * profile): a {@code SET GLOBAL innodb_buffer_pool_size} here, as this test used to make, only requested a resize
     * that MariaDB 11.4.5 makes in the background (it still read 128 MB), and 11.4.6 refuses to grow past the start
     * size. Returns the settings the run used, for the result line.
     */
    private static String serverSettings() {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse("root");
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, user, password);
                java.sql.Statement st = c.createStatement()) {
            st.execute("SET GLOBAL innodb_flush_log_at_trx_commit = 1");
            try (java.sql.ResultSet rs = st.executeQuery("SELECT @@version, @@innodb_buffer_pool_size, @@innodb_log_file_size,"
                    + " @@innodb_flush_log_at_trx_commit, @@sync_binlog, @@log_bin")) {
                rs.next();
                return String.format("MariaDB %s: buffer pool %d MB, redo log %d MB, innodb_flush_log_at_trx_commit %d, sync_binlog %d,"
                        + " log_bin %d", rs.getString(1), rs.getLong(2) >> 20, rs.getLong(3) >> 20, rs.getInt(4), rs.getInt(5), rs.getInt(6));
            }
        } catch (java.sql.SQLException e) {
            LOG.warnf("could not read or set the server's settings: %s", e.getMessage());
            return "server settings unknown";
        }
    }

    /** Cases received 2019-2022 (the 2017 law): three in four decided, served and published; the rest refused or pending. */
    private static void write(Path file, int rows, List<String> respondents) throws IOException {
        Random random = new Random(13);
        String[] headers = { "案号", "收到申请日期", "申请方式", "申请人", "申请人类型", "被申请人", "行政管理类别", "行政管理领域",
                "被申请行政行为", "复议请求", "受理日期", "不予受理日期", "不予受理理由", "审结日期", "决定类型", "送达日期", "公开日期", "公开场所" };
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try (OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("复议案件台账");
            Row h = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            int[] seq = new int[2023];
            for (int r = 1; r <= rows; r++) {
                LocalDate received = LocalDate.of(2019, 1, 2).plusDays((long) (r - 1) * 1400 / rows);
                int year = received.getYear();
                Row row = sheet.createRow(r);
                String[] v = new String[headers.length];
                v[0] = "基复〔" + year + "〕" + (++seq[year]) + "号";
                v[1] = received.toString();
                v[2] = "当面递交";
                v[3] = "申请人" + r;
                v[4] = "自然人";
                v[5] = respondents.get(random.nextInt(respondents.size()));
                v[6] = "行政处罚";
                v[7] = "市场监管";
                v[8] = "行政处罚决定";
                v[9] = "请求撤销行政处罚决定";
                int kind = random.nextInt(20);
                if (kind < 3) {
                    v[11] = received.plusDays(4).toString();
                    v[12] = "不属于行政复议范围";
                } else {
                    LocalDate accepted = received.plusDays(3);
                    v[10] = accepted.toString();
                    if (kind < 18) {
                        LocalDate decided = accepted.plusDays(20 + random.nextInt(30));
                        v[13] = decided.toString();
                        v[14] = DECISIONS[random.nextInt(DECISIONS.length)];
                        v[15] = decided.plusDays(2).toString();
                        v[16] = decided.plusDays(5).toString();
                        v[17] = "人民政府门户网站";
                    }
                }
                for (int i = 0; i < v.length; i++) {
                    if (v[i] != null) {
                        row.createCell(i).setCellValue(v[i]);
                    }
                }
            }
            wb.write(out);
        } finally {
            wb.close();
        }
    }
}
