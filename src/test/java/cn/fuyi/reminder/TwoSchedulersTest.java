package cn.fuyi.reminder;

import static cn.fuyi.support.Api.application;
import static cn.fuyi.support.Api.createOrgan;
import static cn.fuyi.support.Api.createRespondent;
import static cn.fuyi.support.Api.json;
import static cn.fuyi.support.Api.obj;
import static cn.fuyi.support.Api.receive;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.impl.matchers.KeyMatcher;
import org.quartz.utils.ConnectionProvider;

import cn.fuyi.common.TimeSource;
import cn.fuyi.support.Api;
import cn.fuyi.support.SmtpServerResource;
import cn.fuyi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Two Quartz schedulers on one database, clustered under the same scheduler name — the application's and a second
 * node started here, which runs the same job code — fire the reminder job several times each: the clerk still gets
 * one e-mail and one inbox entry per reminder.
 */
@QuarkusTest
class TwoSchedulersTest {

    @Inject
    TimeSource time;
    @Inject
    Scheduler quartz;
    @Inject
    DeadlineJobs jobs;

    Scheduler second;

    /** Plain JDBC connections to the test database for the second node's job store. */
    public static class TestDatabaseConnections implements ConnectionProvider {
        @Override
        public Connection getConnection() throws SQLException {
            var c = ConfigProvider.getConfig();
            return DriverManager.getConnection(c.getValue("quarkus.datasource.jdbc.url", String.class),
                    c.getOptionalValue("quarkus.datasource.username", String.class).orElse("root"),
                    c.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
        }

        @Override
        public void shutdown() {
        }

        @Override
        public void initialize() {
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        if (second != null) {
            second.shutdown(true);
            // Shutting down unregisters the name, which is the application's scheduler's too.
            org.quartz.impl.SchedulerRepository registry = org.quartz.impl.SchedulerRepository.getInstance();
            if (registry.lookup(quartz.getSchedulerName()) == null) {
                registry.bind(quartz);
            }
        }
        time.reset();
    }

    private Scheduler startSecondNode() throws Exception {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", quartz.getSchedulerName());
        p.setProperty("org.quartz.scheduler.instanceId", "second-node");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", "2");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "5000");
        p.setProperty("org.quartz.jobStore.dataSource", "fuyi");
        p.setProperty("org.quartz.dataSource.fuyi.connectionProvider.class", TestDatabaseConnections.class.getName());
        // Quartz keeps one scheduler per name in a JVM-wide registry: the application's is set aside while the second
        // node (same name, other instance id) is made, so that a new one is built rather than the existing returned.
        org.quartz.impl.SchedulerRepository registry = org.quartz.impl.SchedulerRepository.getInstance();
        registry.remove(quartz.getSchedulerName());
        Scheduler s;
        try {
            s = new StdSchedulerFactory(p).getScheduler();
        } finally {
            registry.remove(quartz.getSchedulerName());
            registry.bind(quartz);
        }
        if (s.getSchedulerInstanceId().equals(quartz.getSchedulerInstanceId())) {
            throw new AssertionError("the second node must be another scheduler instance");
        }
        // The second node runs the same code as the application's node for the job it fires.
        s.setJobFactory((bundle, scheduler) -> context -> {
            if (bundle.getJobDetail().getKey().getName().equals("fuyi-reminders")) {
                jobs.reminders();
            }
        });
        return s;
    }

    private JobKey key(String name) throws Exception {
        for (String group : quartz.getJobGroupNames()) {
            for (JobKey k : quartz.getJobKeys(GroupMatcher.jobGroupEquals(group))) {
                if (k.getName().equals(name)) {
                    return k;
                }
            }
        }
        throw new AssertionError("no job " + name);
    }

    /** Counts finished runs of the job on either node, and which node ran them. */
    static final class Runs implements JobListener {
        final CountDownLatch done;
        final String name;
        final ConcurrentHashMap<String, Integer> byNode = new ConcurrentHashMap<>();

        Runs(String name, int expected) {
            this.name = name + "-" + System.nanoTime();
            this.done = new CountDownLatch(expected);
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public void jobToBeExecuted(JobExecutionContext context) {
        }

        @Override
        public void jobExecutionVetoed(JobExecutionContext context) {
        }

        @Override
        public void jobWasExecuted(JobExecutionContext context, JobExecutionException e) {
            try {
                byNode.merge(context.getScheduler().getSchedulerInstanceId(), 1, Integer::sum);
            } catch (org.quartz.SchedulerException ex) {
                byNode.merge("?", 1, Integer::sum);
            }
            done.countDown();
        }
    }

    @Test
    void twoClusteredSchedulersSendEachReminderOnce() throws Exception {
        time.moveTo(LocalDate.of(2026, 6, 3), 9);
        long organ = createOrgan(Api.unique("双节点"), "双节点〔{year}〕{seq}号", null);
        long respondent = createRespondent(organ, "某区卫生健康委员会", "GOVERNMENT_DEPARTMENT");
        String clerk = Api.unique("clerk.two.");
        String mail = clerk.replace('-', '.') + "@fuyi.test";
        String token = Tokens.bearer(Tokens.of(clerk, "承办人己", Set.of("clerk"), List.of(organ), "SUBTREE", null));
        json().header("Authorization", token).body(obj("email", mail, "inboxEnabled", true, "emailEnabled", true,
                "webhookEnabled", false, "digestEnabled", false, "quietRestDays", true))
                .put("/api/v1/reminder-preferences/me").then().statusCode(200);
        long id = receive(application(organ, respondent, "2026-06-01", "clerk", clerk));

        JobKey reminders = key("fuyi-reminders");
        second = startSecondNode();
        List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        second.getListenerManager().addSchedulerListener(new org.quartz.listeners.SchedulerListenerSupport() {
            @Override
            public void schedulerError(String msg, org.quartz.SchedulerException cause) {
                errors.add(msg + ": " + cause + " / " + cause.getCause());
            }
        });
        second.start();

        // First the application's node stands by, so the second node runs the job alone: it shares the job store.
        Runs alone = new Runs("reminder-runs-alone", 3);
        second.getListenerManager().addJobListener(alone, KeyMatcher.keyEquals(reminders));
        quartz.standby();
        try {
            for (int i = 0; i < 3; i++) {
                second.triggerJob(reminders);
            }
            assertTrue(alone.done.await(90, TimeUnit.SECONDS), "three runs finish; ran on " + alone.byNode + "\n" + jobStore() + "\nerrors: " + errors
                    + "\nmeta: " + second.getMetaData().getSummary());
        } finally {
            quartz.start();
            second.getListenerManager().removeJobListener(alone.getName());
        }
        assertEquals(3, alone.byNode.get("second-node"), alone.byNode.toString());
        assertEquals(1, subjectsTo(mail).size(), subjectsTo(mail).toString());

        // Then both nodes, each asked three times, on the deadline's last day.
        time.moveTo(LocalDate.of(2026, 6, 8), 9);
        Runs both = new Runs("reminder-runs-both", 6);
        quartz.getListenerManager().addJobListener(both, KeyMatcher.keyEquals(reminders));
        second.getListenerManager().addJobListener(both, KeyMatcher.keyEquals(reminders));
        try {
            for (int i = 0; i < 3; i++) {
                quartz.triggerJob(reminders);
                second.triggerJob(reminders);
            }
            assertTrue(both.done.await(120, TimeUnit.SECONDS), "six runs finish; ran on " + both.byNode);
        } finally {
            quartz.getListenerManager().removeJobListener(both.getName());
            second.getListenerManager().removeJobListener(both.getName());
        }

        List<String> subjects = subjectsTo(mail);
        assertEquals(2, subjects.size(), subjects + " after runs on " + alone.byNode + " and " + both.byNode);
        assertEquals(2, Set.copyOf(subjects).size(), subjects.toString());
        given().header("Authorization", token).get("/api/v1/inbox").then().statusCode(200)
                .body("items.findAll { it.subjectId == " + id + " }.point", org.hamcrest.Matchers.contains("DUE_TODAY", "AHEAD"));
    }

    private static String jobStore() throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Connection c = new TestDatabaseConnections().getConnection()) {
            for (String q : List.of("SELECT SCHED_NAME, TRIGGER_NAME, JOB_NAME, TRIGGER_STATE, NEXT_FIRE_TIME FROM QRTZ_TRIGGERS",
                    "SELECT SCHED_NAME, INSTANCE_NAME, LAST_CHECKIN_TIME FROM QRTZ_SCHEDULER_STATE",
                    "SELECT SCHED_NAME, INSTANCE_NAME, TRIGGER_NAME, STATE FROM QRTZ_FIRED_TRIGGERS",
                    "SELECT SCHED_NAME, JOB_NAME, JOB_CLASS_NAME, IS_NONCONCURRENT FROM QRTZ_JOB_DETAILS")) {
                try (var rs = c.createStatement().executeQuery(q)) {
                    while (rs.next()) {
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            b.append(rs.getString(i)).append(' ');
                        }
                        b.append('\n');
                    }
                }
            }
        }
        return b.toString();
    }

    private static List<String> subjectsTo(String mail) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : SmtpServerResource.server().getReceivedMessages()) {
            if (m.getRecipients(Message.RecipientType.TO)[0].toString().equalsIgnoreCase(mail)) {
                subjects.add(m.getSubject());
            }
        }
        return subjects;
    }
}
