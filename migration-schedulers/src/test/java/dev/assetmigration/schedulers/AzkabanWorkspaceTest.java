package dev.assetmigration.schedulers;

import static dev.assetmigration.schedulers.Fixtures.all;
import static dev.assetmigration.schedulers.Fixtures.resourceNames;
import static dev.assetmigration.schedulers.Fixtures.task;
import static dev.assetmigration.schedulers.Fixtures.upstreamNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.AutoTriggeredTask;
import dev.assetmigration.model.ManuallyTriggeredTask;
import dev.assetmigration.model.NodeType;
import dev.assetmigration.model.Task;
import dev.assetmigration.schedulers.ConversionReport.Outcome;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("AzkabanWorkspace")
class AzkabanWorkspaceTest {

    @Nested
    @DisplayName("reads a legacy project of .job and .properties files")
    class Legacy {

        static final String REPORT = "azkaban/legacy-sales/report";
        static final String CLEANUP = "azkaban/legacy-sales/cleanup";
        static AzkabanWorkspace workspace;

        @BeforeAll
        static void read() {
            workspace = AzkabanWorkspace.read(Fixtures.resource("azkaban/legacy-sales"));
        }

        @Test
        @DisplayName("each job that nothing depends on ends a flow, and the flow is the folder of its jobs")
        void flowsAreFolders() {
            List<String> paths = all(workspace).stream().filter(a -> a instanceof Task).map(a -> a.meta().path())
                    .sorted().toList();
            assertEquals(List.of(CLEANUP + "/cleanup", CLEANUP + "/start", REPORT + "/extract_orders",
                    REPORT + "/extract_users", REPORT + "/load", REPORT + "/report", REPORT + "/transform"), paths);
        }

        @Test
        @DisplayName("a job shared by two flows is converted once, in the first flow by name, and says so")
        void sharedJob() {
            Task start = task(workspace, CLEANUP, "start");
            assertEquals("report", start.meta().extensions().get("azkaban.also-in-flows"));
            assertEquals(List.of("start"), upstreamNames(workspace, task(workspace, REPORT, "extract_orders")));
        }

        @Test
        @DisplayName("dependencies= lists become upstream tasks, in order")
        void dependencies() {
            assertEquals(List.of("extract_orders", "extract_users"),
                    upstreamNames(workspace, task(workspace, REPORT, "transform")));
        }

        @Test
        @DisplayName("job types map to node types; legacy projects are manually triggered")
        void types() {
            Map<String, NodeType> expected = Map.of("extract_orders", NodeType.SHELL, "transform", NodeType.HIVE,
                    "load", NodeType.SPARK, "report", NodeType.JAVA);
            expected.forEach((name, type) -> assertEquals(type, task(workspace, REPORT, name).definition().nodeType()));
            assertEquals(NodeType.VIRTUAL, task(workspace, CLEANUP, "start").definition().nodeType());
            assertInstanceOf(ManuallyTriggeredTask.class, task(workspace, REPORT, "load"));
        }

        @Test
        @DisplayName(".properties files apply to the jobs of their directory and below, and ${} resolves from them")
        void inheritance() {
            Task orders = task(workspace, REPORT, "extract_orders");
            assertEquals(2, orders.definition().retries());
            assertEquals("etl", orders.definition().parameters().get("user.to.proxy"));
            assertEquals("bash scripts/extract.sh /data/sales/orders ${azkaban.flow.start.timestamp}",
                    orders.definition().code());
            assertEquals(0, task(workspace, CLEANUP, "start").definition().retries());
            assertEquals(2, task(workspace, REPORT, "transform").definition().retries());
        }

        @Test
        @DisplayName("command, command.1 … become lines of one shell script")
        void numberedCommands() {
            assertEquals("hdfs dfs -mkdir -p /data/sales/users\nbash scripts/extract.sh /data/sales/users",
                    task(workspace, REPORT, "extract_users").definition().code());
        }

        @Test
        @DisplayName("a Hive job's script file is its code; the spark job's jar and the shell script are resources")
        void codeAndResources() {
            assertTrue(task(workspace, REPORT, "transform").definition().code()
                    .startsWith("INSERT OVERWRITE TABLE sales.orders_enriched"));
            assertEquals(List.of("sales-etl.jar"), resourceNames(workspace, task(workspace, REPORT, "load")));
            assertEquals(List.of("extract.sh"), resourceNames(workspace, task(workspace, REPORT, "extract_orders")));
            assertTrue(workspace.provider(AssetType.RESOURCE).findByName("azkaban/legacy-sales/resources/lib",
                    "sales-etl.jar").isPresent());
        }

        @Test
        @DisplayName("a job type without a mapping is reported UNSUPPORTED with its file, its settings kept")
        void unsupportedType() {
            Task cleanup = task(workspace, CLEANUP, "cleanup");
            assertEquals("AZKABAN_GOBBLIN", cleanup.definition().nodeType().code());
            assertEquals("cleanup.pull", cleanup.definition().parameters().get("gobblin.config"));
            ConversionReport.Item item = workspace.report().itemFor(cleanup.ref()).orElseThrow();
            assertEquals(Outcome.UNSUPPORTED, item.outcome());
            assertEquals("cleanup.job", item.location().file());
        }

        @Test
        @DisplayName("a zip of the project converts to exactly the same assets")
        void zip(@TempDir Path dir) {
            Path zip = Fixtures.zip(Fixtures.resource("azkaban/legacy-sales"), dir.resolve("legacy-sales.zip"));
            AzkabanWorkspace zipped = AzkabanWorkspace.read(zip);
            assertEquals(all(workspace).stream().map(a -> a.meta().path() + a.meta().dependencies()).toList(),
                    all(zipped).stream().map(a -> a.meta().path() + a.meta().dependencies()).toList());
            assertEquals("PK\003\004sales-etl", Fixtures.text(zipped.provider(AssetType.RESOURCE)
                    .findByName("azkaban/legacy-sales/resources/lib", "sales-etl.jar").orElseThrow()));
        }
    }

    @Nested
    @DisplayName("reads a Flow 2.0 project")
    class Flow20 {

        static final String SALES = "azkaban/flow20-sales/sales";
        static final String INGEST = SALES + "/ingest";
        static final String STAGE = INGEST + "/stage";
        static AzkabanWorkspace workspace;

        @BeforeAll
        static void read() {
            workspace = AzkabanWorkspace.read(Fixtures.resource("azkaban/flow20-sales"),
                    ConversionOptions.defaults().withDefaultTimezone(ZoneId.of("Asia/Shanghai")));
        }

        @Test
        @DisplayName("embedded flows two levels deep become nested folders")
        void nestedFolders() {
            List<String> paths = all(workspace).stream().filter(a -> a instanceof Task).map(a -> a.meta().path())
                    .sorted().toList();
            assertEquals(List.of(SALES + "/ingest", INGEST + "/fetch", INGEST + "/stage", STAGE + "/merge",
                    STAGE + "/validate", SALES + "/report", SALES + "/start"), paths);
        }

        @Test
        @DisplayName("an embedded flow's first nodes depend on what the flow depends on")
        void entryDependencies() {
            assertEquals(List.of("start"), upstreamNames(workspace, task(workspace, INGEST, "fetch")));
            assertEquals(List.of("fetch"), upstreamNames(workspace, task(workspace, STAGE, "validate")));
        }

        @Test
        @DisplayName("an embedded flow is a zero-load task that completes after its last nodes")
        void exitDependencies() {
            Task ingest = task(workspace, SALES, "ingest");
            assertEquals(NodeType.VIRTUAL, ingest.definition().nodeType());
            assertEquals(List.of("stage"), upstreamNames(workspace, ingest));
            assertEquals(List.of("merge"), upstreamNames(workspace, task(workspace, INGEST, "stage")));
            assertEquals(List.of("ingest"), upstreamNames(workspace, task(workspace, SALES, "report")));
        }

        @Test
        @DisplayName("config is inherited by embedded flows and resolves ${} in commands")
        void config() {
            Task fetch = task(workspace, INGEST, "fetch");
            assertEquals("bash scripts/fetch.sh /data/sales/raw nightly", fetch.definition().code());
            assertEquals(List.of("fetch.sh"), resourceNames(workspace, fetch));
            assertEquals("INSERT OVERWRITE TABLE sales.staged SELECT * FROM sales.raw",
                    task(workspace, STAGE, "merge").definition().code());
            assertEquals(1, task(workspace, SALES, "report").definition().retries());
        }

        @Test
        @DisplayName("the trigger's Quartz cron becomes the schedule of every task, in the default timezone")
        void trigger() {
            AutoTriggeredTask merge = (AutoTriggeredTask) task(workspace, STAGE, "merge");
            assertEquals("0 30 2 ? * *", merge.schedule().cron());
            assertEquals(ZoneId.of("Asia/Shanghai"), merge.schedule().timezone());
        }

        @Test
        @DisplayName("a node condition is kept in extensions and noted in the report")
        void condition() {
            Task report = task(workspace, SALES, "report");
            assertEquals("all_success", report.meta().extensions().get("azkaban.condition"));
            assertTrue(workspace.report().itemFor(report.ref()).orElseThrow().notes().get(0).contains("condition"));
        }

        @Test
        @DisplayName("every node is located by flow file, node path and line")
        void locations() {
            ConversionReport.Item merge = workspace.report().itemFor(task(workspace, STAGE, "merge").ref())
                    .orElseThrow();
            assertEquals("sales.flow", merge.location().file());
            assertEquals("nodes[name=ingest]/nodes[name=stage]/nodes[name=merge]", merge.location().element());
            assertEquals(39, merge.location().line());
        }
    }
}
