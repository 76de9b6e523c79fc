package dev.assetmigration.schedulers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("AirflowWorkspace refuses bad input")
class AirflowBadInputTest {

    private static String task(String id, String downstream) {
        return "{\"task_id\": \"" + id + "\", \"_task_type\": \"EmptyOperator\", \"_task_module\": \"m\","
                + " \"template_fields\": [], \"ui_color\": \"#fff\", \"ui_fgcolor\": \"#000\","
                + " \"_downstream_task_ids\": [" + downstream + "]}";
    }

    private static String dag(int version, String tasks) {
        return "{\n\"__version\": " + version + ",\n\"dag\": {\"_dag_id\": \"d\", \"fileloc\": \"d.py\","
                + " \"schedule_interval\": null,\n\"tasks\": [\n" + tasks + "\n]}}\n";
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("malformed JSON", Map.of("d.json", "{\n\"__version\": 1,\n\"dag\": {\n}}}"),
                        MalformedSourceException.class, "d.json", null, 4),
                Arguments.of("a downstream task id that does not exist", Map.of("d.json",
                                dag(1, task("a", "\"ghost\""))),
                        UnknownNodeException.class, "d.json", "dag/tasks[task_id=a]/downstream_task_ids", 5),
                Arguments.of("a dependency cycle", Map.of("d.json",
                                dag(1, task("a", "\"b\"") + ",\n" + task("b", "\"a\""))),
                        DependencyCycleException.class, "d.json", "dag/tasks[task_id=a]", 5),
                Arguments.of("an unknown serialization version", Map.of("d.json", dag(9, task("a", ""))),
                        UnsupportedVersionException.class, "d.json", "__version", 2),
                Arguments.of("a task without task_id", Map.of("d.json", dag(1, "{\"_task_type\": \"BashOperator\"}")),
                        MalformedSourceException.class, "d.json", "dag/tasks", 0),
                Arguments.of("a DAG without dag_id", Map.of("d.json", "{\"__version\": 2, \"dag\": {\"tasks\": []}}"),
                        MalformedSourceException.class, "d.json", "dag", 1),
                Arguments.of("an unknown timezone", Map.of("d.json", dag(1, task("a", "")).replace("\"fileloc\"",
                                "\"timezone\": \"Nowhere/Atlantis\", \"fileloc\"")),
                        MalformedSourceException.class, "d.json", "dag/timezone", 0),
                Arguments.of("a REST tasks response whose details file is missing", Map.of("x.tasks.json",
                                "{\"tasks\": [], \"total_entries\": 0}"),
                        MissingFileException.class, "x.tasks.json", null, 0),
                Arguments.of("a REST details response without tasks", Map.of("x.json", "{\"dag_id\": \"x\"}"),
                        MalformedSourceException.class, "x.json", null, 0),
                Arguments.of("JSON that is no Airflow shape", Map.of("x.json", "{\"hello\": \"world\"}"),
                        MalformedSourceException.class, "x.json", null, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    @DisplayName("names the file, element and line of")
    void refuses(String why, Map<String, String> files, Class<? extends SchedulerSourceException> expected,
            String file, String element, int line, @org.junit.jupiter.api.io.TempDir Path dir) {
        SchedulerSourceException e = assertThrows(SchedulerSourceException.class,
                () -> AirflowWorkspace.read(Fixtures.write(dir.resolve("dags"), files)));
        assertInstanceOf(expected, e, e.toString());
        assertEquals(file, e.file(), e.getMessage());
        assertEquals(element, e.element().orElse(null), e.getMessage());
        assertEquals(line, e.line().orElse(0), e.getMessage());
    }
}
