package dev.assetmigration.schedulers;

import static dev.assetmigration.schedulers.Fixtures.all;
import static dev.assetmigration.schedulers.Fixtures.task;
import static dev.assetmigration.schedulers.Fixtures.upstreamNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AutoTriggeredTask;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("AirflowWorkspace")
class AirflowWorkspaceTest {

    static AirflowWorkspace workspace;

    @BeforeAll
    static void read() {
        workspace = AirflowWorkspace.read(Fixtures.resource("airflow"));
    }

    static AutoTriggeredTask scheduled(String dag, String task) {
        return (AutoTriggeredTask) task(workspace, "airflow/" + dag, task);
    }

    @Test
    @DisplayName("a directory holding every shape converts each DAG into the folder airflow/<dag_id>")
    void everyShape() {
        List<String> folders = all(workspace).stream().map(Asset::folder).distinct().sorted().toList();
        assertEquals(List.of("airflow/etl_daily", "airflow/inventory", "airflow/ml_features", "airflow/sales_hourly",
                "airflow/sales_report"), folders);
    }

    @ParameterizedTest(name = "{0}: {1} becomes cron ''{2}'' in {3}")
    @CsvSource(delimiter = '|', value = {
        "etl_daily      | schedule_interval @daily (2.x, plain tasks)     | @daily       | Europe/Amsterdam | start",
        "ml_features    | CronDataIntervalTimetable (2.x, wrapped tasks) | 30 4 * * 1-5 | America/New_York | stage_hive",
        "sales_hourly   | CronTriggerTimetable (3.x)                     | 0 * * * *    | Asia/Tokyo       | publish",
        "sales_report   | REST CronExpression, Timezone('…')             | 0 3 * * 1    | Europe/London    | query",
        "inventory      | REST timetable_summary @daily                  | @daily       | UTC              | snapshot"})
    @DisplayName("schedules and timezones of every shape")
    void schedules(String dag, String shape, String cron, String zone, String anyTask) {
        AutoTriggeredTask task = scheduled(dag, anyTask);
        assertEquals(cron, task.schedule().cron(), shape);
        assertEquals(ZoneId.of(zone), task.schedule().timezone(), shape);
    }

    @Nested
    @DisplayName("older 2.x shape (plain tasks, _downstream_task_ids, _task_group)")
    class Old {

        @Test
        @DisplayName("downstream ids become upstream dependencies")
        void dependencies() {
            assertEquals(List.of("extract.orders", "extract.users"), upstreamNames(workspace, scheduled("etl_daily",
                    "load")));
            assertEquals(List.of("start"), upstreamNames(workspace, scheduled("etl_daily", "extract.users")));
        }

        @Test
        @DisplayName("a task group is kept in extensions")
        void taskGroup() {
            assertEquals("extract", scheduled("etl_daily", "extract.orders").meta().extensions()
                    .get("airflow.task_group"));
            assertNull(scheduled("etl_daily", "load").meta().extensions().get("airflow.task_group"));
        }

        @Test
        @DisplayName("operators map to node types and template fields to code")
        void operators() {
            assertEquals(NodeType.VIRTUAL, scheduled("etl_daily", "start").definition().nodeType());
            assertEquals("python /opt/jobs/extract.py --table orders --date {{ ds }}",
                    scheduled("etl_daily", "extract.orders").definition().code());
            Task load = scheduled("etl_daily", "load");
            assertEquals(NodeType.SQL, load.definition().nodeType());
            assertTrue(load.definition().code().startsWith("INSERT INTO mart.daily_orders"));
        }

        @Test
        @DisplayName("a Python callable converts with structure only and is flagged in the report")
        void python() {
            Task notify = scheduled("etl_daily", "notify");
            assertEquals(NodeType.PYTHON, notify.definition().nodeType());
            assertEquals("", notify.definition().code());
            assertEquals("{\"channel\":\"#etl\"}", notify.definition().parameters().get("op_kwargs"));
            assertEquals("python_callable", notify.meta().extensions().get("airflow.code-missing"));
            assertTrue(workspace.report().itemFor(notify.ref()).orElseThrow().notes().stream()
                    .anyMatch(n -> n.startsWith("needs review")));
        }

        @Test
        @DisplayName("fields given explicitly win, omitted ones take Airflow's defaults")
        void defaults() {
            Map<String, String> extensions = scheduled("etl_daily", "extract.orders").meta().extensions();
            assertEquals("extract_pool", extensions.get("airflow.pool"));
            assertEquals("default", extensions.get("airflow.queue"));
            assertEquals("300.0", extensions.get("airflow.retry_delay"));
            assertEquals("all_success", extensions.get("airflow.trigger_rule"));
            assertEquals("all_done", scheduled("etl_daily", "notify").meta().extensions().get("airflow.trigger_rule"));
            assertEquals("data-eng", scheduled("etl_daily", "load").meta().owner());
        }

        @Test
        @DisplayName("start_date becomes the schedule start")
        void start() {
            assertEquals(Instant.parse("2025-01-01T00:00:00Z"), scheduled("etl_daily", "load").schedule().startAt());
        }
    }

    @Nested
    @DisplayName("later 2.x shape (tasks wrapped as operator, timetable)")
    class Later {

        @Test
        @DisplayName("Hive, Spark submit and e-mail operators map with their code")
        void operators() {
            assertEquals(NodeType.HIVE, scheduled("ml_features", "stage_hive").definition().nodeType());
            assertEquals(3, scheduled("ml_features", "stage_hive").definition().retries());
            Task spark = scheduled("ml_features", "build_features");
            assertEquals(NodeType.SPARK, spark.definition().nodeType());
            assertEquals("spark-submit --name features /opt/jobs/features.py --date {{ ds }}", spark.definition().code());
            assertEquals("{\"spark.executor.memory\":\"8g\"}", spark.definition().parameters().get("_conf"));
            assertEquals("<p>Feature build for {{ ds }} finished.</p>",
                    scheduled("ml_features", "mail_owner").definition().code());
            assertEquals(List.of("build_features"), upstreamNames(workspace, scheduled("ml_features", "score_pod")));
        }

        @Test
        @DisplayName("an operator without a mapping is reported UNSUPPORTED with file and task")
        void unsupported() {
            Task pod = scheduled("ml_features", "score_pod");
            assertEquals("AIRFLOW_KUBERNETESPODOPERATOR", pod.definition().nodeType().code());
            assertEquals("registry.example.com/ml/scorer:1.4", pod.definition().parameters().get("image"));
            ConversionReport.Item item = workspace.report().itemFor(pod.ref()).orElseThrow();
            assertEquals(Outcome.UNSUPPORTED, item.outcome());
            assertEquals("v1-new/ml_features.json", item.location().file());
            assertEquals("dag/tasks[task_id=score_pod]", item.location().element());
        }

        @Test
        @DisplayName("a sensor converts to a zero-load task flagged for review")
        void sensor() {
            Task sensor = scheduled("ml_features", "wait_for_export");
            assertEquals(NodeType.VIRTUAL, sensor.definition().nodeType());
            assertEquals("S3KeySensor", sensor.meta().extensions().get("airflow.sensor"));
            assertEquals("s3://exports/{{ ds }}/_SUCCESS", sensor.definition().parameters().get("bucket_key"));
        }

        @Test
        @DisplayName("end_date becomes the schedule end")
        void end() {
            assertEquals(Instant.parse("2026-01-01T06:00:00Z"), scheduled("ml_features", "mail_owner").schedule().endAt());
        }
    }

    @Nested
    @DisplayName("3.x shape (keys without underscores, client_defaults)")
    class Airflow3 {

        @Test
        @DisplayName("nested task groups give the innermost group")
        void nestedGroups() {
            assertEquals("transform.clean", scheduled("sales_hourly", "transform.clean.dedupe").meta().extensions()
                    .get("airflow.task_group"));
            assertEquals("transform", scheduled("sales_hourly", "transform.aggregate").meta().extensions()
                    .get("airflow.task_group"));
        }

        @Test
        @DisplayName("client_defaults fill omitted task fields; explicit values win")
        void clientDefaults() {
            Task dedupe = scheduled("sales_hourly", "transform.clean.dedupe");
            assertEquals(2, dedupe.definition().retries());
            assertEquals("sales-eng", dedupe.meta().owner());
            assertEquals("600.0", dedupe.meta().extensions().get("airflow.retry_delay"));
            assertEquals(5, scheduled("sales_hourly", "transform.aggregate").definition().retries());
        }

        @Test
        @DisplayName("SQL, decorated Python, trigger-DAG and external-task sensor operators map")
        void operators() {
            assertEquals(NodeType.SQL, scheduled("sales_hourly", "transform.clean.dedupe").definition().nodeType());
            assertEquals("warehouse", scheduled("sales_hourly", "transform.clean.dedupe").definition().parameters()
                    .get("conn_id"));
            assertEquals(NodeType.PYTHON, scheduled("sales_hourly", "transform.aggregate").definition().nodeType());
            Task trigger = scheduled("sales_hourly", "trigger_report");
            assertEquals(NodeType.SUB_WORKFLOW, trigger.definition().nodeType());
            assertEquals("sales_report", trigger.meta().extensions().get("airflow.trigger_dag_id"));
            assertEquals("ingest_hourly", scheduled("sales_hourly", "wait_upstream").meta().extensions()
                    .get("airflow.external_dag_id"));
        }

        @Test
        @DisplayName("DAG params become task parameters and a non-default trigger rule is noted")
        void paramsAndRules() {
            Task publish = scheduled("sales_hourly", "publish");
            assertEquals("apac", publish.definition().parameters().get("param.region"));
            assertEquals("none_failed", publish.meta().extensions().get("airflow.trigger_rule"));
            assertEquals(List.of("transform.aggregate"), upstreamNames(workspace, publish));
        }
    }

    @Nested
    @DisplayName("REST API DAG details + tasks")
    class Rest {

        @Test
        @DisplayName("tasks convert with structure and class, no code, flagged")
        void noCode() {
            Task query = scheduled("sales_report", "query");
            assertEquals(NodeType.SQL, query.definition().nodeType());
            assertEquals("", query.definition().code());
            assertEquals("rest-api", query.meta().extensions().get("airflow.code-missing"));
            assertEquals(NodeType.PYTHON, scheduled("sales_report", "render").definition().nodeType());
            assertEquals(List.of("render"), upstreamNames(workspace, scheduled("sales_report", "mail")));
        }

        @Test
        @DisplayName("REST field values are kept, TimeDelta retry delays in seconds")
        void fields() {
            Map<String, String> extensions = scheduled("sales_report", "query").meta().extensions();
            assertEquals("300.0", extensions.get("airflow.retry_delay"));
            assertEquals("report,sales", extensions.get("airflow.tags"));
        }

        @Test
        @DisplayName("a paused DAG gives paused schedules")
        void paused() {
            assertTrue(scheduled("inventory", "snapshot").schedule().paused());
            assertEquals(NodeType.VIRTUAL, scheduled("inventory", "publish").definition().nodeType());
        }
    }

    @Test
    @DisplayName("a dynamically mapped task converts once, from its partial arguments, flagged")
    void mappedTask(@TempDir Path dir) {
        AirflowWorkspace ws = AirflowWorkspace.read(Fixtures.write(dir, Map.of("m.json", "{\"__version\": 2, \"dag\":"
                + " {\"dag_id\": \"m\", \"fileloc\": \"m.py\", \"tasks\": [{\"__type\": \"operator\", \"__var\":"
                + " {\"task_id\": \"copy\", \"task_type\": \"BashOperator\", \"_task_module\": \"b\", \"_is_mapped\": true,"
                + " \"partial_kwargs\": {\"bash_command\": \"cp $SRC /backup\"}, \"expand_input\": {}, \"template_fields\":"
                + " [\"bash_command\"], \"ui_color\": \"#fff\", \"ui_fgcolor\": \"#000\"}}]}}")));
        Task copy = task(ws, "airflow/m", "copy");
        assertEquals("true", copy.meta().extensions().get("airflow.mapped"));
        assertEquals("cp $SRC /backup", copy.definition().code());
        assertTrue(ws.report().itemFor(copy.ref()).orElseThrow().notes().stream()
                .anyMatch(n -> n.contains("dynamic task mapping")));
    }

    @Nested
    @DisplayName("schedule edge cases")
    class Schedules {

        private AirflowWorkspace dag(Path dir, String dagFields) {
            return AirflowWorkspace.read(Fixtures.write(dir, Map.of("d.json", "{\"__version\": 1, \"dag\": {"
                    + "\"_dag_id\": \"d\", \"fileloc\": \"d.py\", " + dagFields + ", \"tasks\": [{\"task_id\": \"t\","
                    + " \"_task_type\": \"EmptyOperator\", \"_task_module\": \"m\", \"template_fields\": [],"
                    + " \"ui_color\": \"#fff\", \"ui_fgcolor\": \"#000\"}]}}")).resolve("d.json"));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
            "\"schedule_interval\": {\"__type\": \"timedelta\", \"__var\": 3600.0}, \"start_date\": 1735690500.0 | 15 * * * *",
            "\"schedule_interval\": {\"__type\": \"timedelta\", \"__var\": 86400.0}, \"start_date\": 1735698600.0 | 30 2 * * *",
            "\"schedule_interval\": \"@quarterly\"                                                             | 0 0 1 */3 *",
            "\"schedule_interval\": {\"__type\": \"relativedelta\", \"__var\": {\"months\": 1}}, \"start_date\": 1735689600.0 | 0 0 1 * *",
            "\"timetable\": {\"__type\": \"airflow.timetables.interval.DeltaDataIntervalTimetable\", \"__var\": {\"delta\": 1800.0}}, \"start_date\": 1735689600.0 | 0/30 * * * *",
            "\"start_date\": 1735689600.0                                                                      | 0 0 * * *"})
        @DisplayName("intervals, presets and the omitted Airflow 2 default become cron")
        void converted(String fields, String cron, @TempDir Path dir) {
            assertEquals(cron, ((AutoTriggeredTask) task(dag(dir, fields), "airflow/d", "t")).schedule().cron());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "\"schedule_interval\": null                                                          | CONVERTED",
            "\"schedule_interval\": \"@once\"                                                     | CONVERTED",
            "\"timetable\": {\"__type\": \"airflow.timetables.simple.DatasetTriggeredTimetable\", \"__var\": {}} | FAILED",
            "\"schedule_interval\": \"0 0 * * * 30\"                                              | FAILED"})
        @DisplayName("no schedule, @once, data-aware and six-field croniter schedules give manual tasks, reported")
        void manual(String fields, Outcome outcome, @TempDir Path dir) {
            AirflowWorkspace ws = dag(dir, fields);
            assertInstanceOf(dev.assetmigration.model.ManuallyTriggeredTask.class, task(ws, "airflow/d", "t"));
            assertEquals(outcome, ws.report().items().get(0).outcome());
            assertEquals("schedule", ws.report().items().get(0).kind());
        }
    }
}
