package dev.assetmigration.schedulers;

import static dev.assetmigration.schedulers.Fixtures.all;
import static dev.assetmigration.schedulers.Fixtures.resourceNames;
import static dev.assetmigration.schedulers.Fixtures.task;
import static dev.assetmigration.schedulers.Fixtures.upstreamNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.AutoTriggeredTask;
import dev.assetmigration.model.ManuallyTriggeredTask;
import dev.assetmigration.model.NodeType;
import dev.assetmigration.model.Task;
import dev.assetmigration.schedulers.ConversionReport.Outcome;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("OozieWorkspace")
class OozieWorkspaceTest {

    static final String ETL = "oozie/daily-etl";
    static final String PUBLISH = "oozie/publish-report";
    static OozieWorkspace workspace;

    @BeforeAll
    static void read() {
        workspace = OozieWorkspace.read(Fixtures.resource("oozie/daily-etl"));
    }

    @Nested
    @DisplayName("turns actions into tasks")
    class Actions {

        @Test
        @DisplayName("every action becomes one task in the folder oozie/<app-name>, control nodes become none")
        void oneTaskPerAction() {
            List<String> names = all(workspace).stream().filter(a -> a instanceof Task && a.folder().equals(ETL))
                    .map(Asset::name).sorted().toList();
            assertEquals(List.of("aggregate", "incremental", "load-events", "load-orders", "load-users",
                    "notify-failure", "prepare", "publish"), names);
        }

        @Test
        @DisplayName("each action type maps to its node type")
        void nodeTypes() {
            Map<String, NodeType> expected = Map.of("prepare", NodeType.FS, "load-orders", NodeType.SQOOP,
                    "load-users", NodeType.SHELL, "load-events", NodeType.SPARK, "incremental", NodeType.HIVE,
                    "aggregate", NodeType.HIVE, "publish", NodeType.SUB_WORKFLOW, "notify-failure", NodeType.EMAIL);
            expected.forEach((name, type) -> assertEquals(type, task(workspace, ETL, name).definition().nodeType(),
                    name));
            assertEquals(NodeType.JAVA, task(workspace, PUBLISH, "export").definition().nodeType());
            assertEquals(NodeType.SSH, task(workspace, PUBLISH, "announce").definition().nodeType());
        }

        @Test
        @DisplayName("a Hive script file becomes the task code, verbatim")
        void hiveScriptIsCode() {
            assertTrue(task(workspace, ETL, "aggregate").definition().code()
                    .startsWith("INSERT OVERWRITE TABLE sales.daily_summary"));
        }

        @Test
        @DisplayName("commands are assembled with static parameters resolved and runtime EL functions kept")
        void placeholders() {
            assertEquals("sqoop import --connect jdbc:mysql://db.internal:3306/shop --table orders --target-dir"
                    + " /warehouse/sales/orders -m 4", task(workspace, ETL, "load-orders").definition().code());
            assertEquals("scripts/load_users.sh /warehouse/sales/users ${wf:id()}",
                    task(workspace, ETL, "load-users").definition().code());
            assertEquals("spark-submit --master yarn --deploy-mode cluster --name 'Load events' --class"
                    + " com.example.etl.LoadEvents --executor-memory 4G --num-executors 8 lib/etl.jar"
                    + " /warehouse/sales/events ${wf:conf('runDate')}", task(workspace, ETL, "load-events")
                    .definition().code());
        }

        @Test
        @DisplayName("global and action configuration and script params become parameters")
        void parameters() {
            Map<String, String> parameters = task(workspace, ETL, "aggregate").definition().parameters();
            assertEquals("etl", parameters.get("mapred.job.queue.name"));
            assertEquals("30", parameters.get("DAYS"));
            assertEquals("/warehouse/sales", parameters.get("OUTPUT"));
            assertEquals("jdbc:hive2://hive.internal:10000/default",
                    task(workspace, ETL, "aggregate").meta().extensions().get("oozie.jdbc-url"));
        }

        @Test
        @DisplayName("retry-max becomes the retry count")
        void retries() {
            assertEquals(3, task(workspace, ETL, "load-orders").definition().retries());
            assertEquals("10", task(workspace, ETL, "load-orders").meta().extensions().get("oozie.retry-interval"));
        }

        @Test
        @DisplayName("an action type without a mapping is kept as a placeholder and reported UNSUPPORTED with file and element")
        void unsupportedAction() {
            Task git = task(workspace, PUBLISH, "tag-release");
            assertEquals("OOZIE_GIT", git.definition().nodeType().code());
            assertTrue(git.definition().code().contains("<git-uri>https://git.example.com/reports.git</git-uri>"));
            ConversionReport.Item item = workspace.report().itemFor(git.ref()).orElseThrow();
            assertEquals(Outcome.UNSUPPORTED, item.outcome());
            assertEquals("publish/workflow.xml", item.location().file());
            assertEquals("action[name=tag-release]", item.location().element());
            assertEquals(14, item.location().line());
        }
    }

    @Nested
    @DisplayName("turns control nodes into dependencies")
    class ControlFlow {

        @Test
        @DisplayName("the first action after start has no upstream task")
        void start() {
            assertEquals(List.of(), upstreamNames(workspace, task(workspace, ETL, "prepare")));
        }

        @Test
        @DisplayName("every branch of a decision, through a fork inside it, depends on what precedes the decision")
        void decisionAndFork() {
            for (String branch : List.of("load-orders", "load-users", "load-events", "incremental")) {
                assertEquals(List.of("prepare"), upstreamNames(workspace, task(workspace, ETL, branch)), branch);
            }
            assertEquals("route: ${wf:conf('mode') eq 'full'}",
                    task(workspace, ETL, "load-users").meta().extensions().get("oozie.condition"));
            assertEquals("route: default", task(workspace, ETL, "incremental").meta().extensions().get("oozie.condition"));
        }

        @Test
        @DisplayName("a join's successor depends on every forked path and on the other decision branch")
        void join() {
            assertEquals(List.of("load-orders", "load-users", "load-events", "incremental"),
                    upstreamNames(workspace, task(workspace, ETL, "aggregate")).stream().sorted((a, b) ->
                            List.of("load-orders", "load-users", "load-events", "incremental").indexOf(a)
                                    - List.of("load-orders", "load-users", "load-events", "incremental").indexOf(b))
                            .toList());
        }

        @Test
        @DisplayName("an error transition is never a dependency: the handler has no upstream and a paused schedule")
        void errorIsFailurePath() {
            Task handler = task(workspace, ETL, "notify-failure");
            assertEquals(List.of(), upstreamNames(workspace, handler));
            assertEquals("load-orders", handler.meta().extensions().get("oozie.failure-handler-of"));
            assertTrue(((AutoTriggeredTask) handler).schedule().paused());
            Task source = task(workspace, ETL, "load-orders");
            assertEquals("notify-failure", source.meta().extensions().get("oozie.error-to"));
            assertTrue(workspace.report().itemFor(handler.ref()).orElseThrow().notes().stream()
                    .anyMatch(n -> n.contains("only through the error transition")));
        }

        @Test
        @DisplayName("an error transition to a kill node is recorded with the kill message")
        void errorToKill() {
            Map<String, String> extensions = task(workspace, ETL, "prepare").meta().extensions();
            assertEquals("fail", extensions.get("oozie.error-to"));
            assertEquals("daily-etl failed at [${wf:errorMessage(wf:lastErrorNode())}]",
                    extensions.get("oozie.error-to.kill-message"));
        }
    }

    @Nested
    @DisplayName("reads the coordinator")
    class Coordinator {

        @Test
        @DisplayName("${coord:days(1)} starting 02:30Z becomes a daily cron at 10:30 in the coordinator's timezone")
        void dailyCron() {
            AutoTriggeredTask prepare = (AutoTriggeredTask) task(workspace, ETL, "prepare");
            assertEquals("30 10 * * *", prepare.schedule().cron());
            assertEquals(ZoneId.of("Asia/Shanghai"), prepare.schedule().timezone());
            assertEquals(Instant.parse("2026-01-01T02:30:00Z"), prepare.schedule().startAt());
            assertEquals(Instant.parse("2027-01-01T00:00:00Z"), prepare.schedule().endAt());
            assertFalse(prepare.schedule().paused());
        }

        @Test
        @DisplayName("coordinator configuration is a runtime parameter and its controls are kept")
        void coordinatorConfiguration() {
            Task events = task(workspace, ETL, "load-events");
            assertTrue(events.definition().code().endsWith("${wf:conf('runDate')}"));
            assertEquals("1", events.meta().extensions().get("oozie.coordinator.concurrency"));
        }

        @Test
        @DisplayName("datasets and input events are reported UNSUPPORTED, not dropped")
        void dataTriggers() {
            List<String> unsupported = workspace.report().items(Outcome.UNSUPPORTED).stream()
                    .map(ConversionReport.Item::name).toList();
            assertTrue(unsupported.containsAll(List.of("datasets", "input-events")), unsupported.toString());
        }

        @Test
        @DisplayName("a sub-workflow's tasks are manually triggered: the parent runs them")
        void subWorkflowIsManual() {
            assertInstanceOf(ManuallyTriggeredTask.class, task(workspace, PUBLISH, "export"));
            assertEquals(PUBLISH, task(workspace, ETL, "publish").meta().extensions().get("oozie.sub-workflow.folder"));
            assertEquals(List.of("export"), upstreamNames(workspace, task(workspace, PUBLISH, "tag-release")));
        }

        @Test
        @DisplayName("without a coordinator every task is manually triggered")
        void noCoordinator(@TempDir Path dir) {
            Fixtures.write(dir, Map.of("workflow.xml", """
                    <workflow-app name="adhoc" xmlns="uri:oozie:workflow:0.1">
                      <start to="a"/>
                      <action name="a"><fs><mkdir path="/tmp/x"/></fs><ok to="end"/><error to="end"/></action>
                      <end name="end"/>
                    </workflow-app>"""));
            OozieWorkspace adhoc = OozieWorkspace.read(dir);
            assertEquals(AssetType.MANUALLY_TRIGGERED_TASK, task(adhoc, "oozie/adhoc", "a").type());
        }
    }

    @Nested
    @DisplayName("turns files into resources")
    class Resources {

        @Test
        @DisplayName("lib/ jars are resources every action depends on, with their bytes")
        void libJars() {
            List<String> resources = resourceNames(workspace, task(workspace, ETL, "prepare"));
            assertEquals(List.of("etl.jar", "udf.jar"), resources);
            Asset jar = workspace.provider(AssetType.RESOURCE).findByName(ETL + "/lib", "etl.jar").orElseThrow();
            assertEquals("PK\003\004fake-jar-bytes-etl", Fixtures.text(jar));
        }

        @Test
        @DisplayName("a script named by <file> becomes a resource of the action that uses it")
        void referencedFile() {
            assertTrue(resourceNames(workspace, task(workspace, ETL, "load-users")).contains("load_users.sh"));
            assertTrue(workspace.provider(AssetType.RESOURCE).findByName(ETL + "/files/scripts", "load_users.sh").isPresent());
        }
    }

    @Test
    @DisplayName("reading the same source twice gives the same ids, from a directory or a zip")
    void deterministic(@TempDir Path dir) {
        Path zip = Fixtures.zip(Fixtures.resource("oozie/daily-etl"), dir.resolve("daily-etl.zip"));
        List<String> fromDir = all(workspace).stream().map(a -> a.ref().toString()).toList();
        assertEquals(fromDir, all(OozieWorkspace.read(Fixtures.resource("oozie/daily-etl"))).stream()
                .map(a -> a.ref().toString()).toList());
        assertEquals(fromDir, all(OozieWorkspace.read(zip)).stream().map(a -> a.ref().toString()).toList());
    }

    @Test
    @DisplayName("the report's JSON names the scheduler, counts outcomes and lists each item with its location")
    void reportJson() {
        String json = workspace.report().toJson();
        assertTrue(json.contains("\"scheduler\" : \"oozie\""), json);
        assertTrue(json.contains("\"UNSUPPORTED\" : 3"), json);
        assertTrue(json.contains("\"element\" : \"action[name=load-orders]\""), json);
        assertTrue(json.contains("\"asset\" : \"AUTO_TRIGGERED_TASK/oozie/daily-etl/load-orders\""), json);
    }
}
