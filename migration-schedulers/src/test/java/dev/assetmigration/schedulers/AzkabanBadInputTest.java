package dev.assetmigration.schedulers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("AzkabanWorkspace refuses bad input")
class AzkabanBadInputTest {

    private static final String PROJECT = "azkaban-flow-version: 2.0\n";

    static Stream<Arguments> badProjects() {
        return Stream.of(
                Arguments.of("a dependency on a job that does not exist", Map.of(
                                "a.job", "type=command\ncommand=echo a\ndependencies=ghost\n"),
                        UnknownNodeException.class, "a.job", "dependencies", 3),
                Arguments.of("a dependency cycle between jobs", Map.of(
                                "a.job", "type=noop\ndependencies=b\n", "b.job", "type=noop\ndependencies=a\n"),
                        DependencyCycleException.class, "a.job", null, 0),
                Arguments.of("a job without a type", Map.of("a.job", "command=echo a\n"),
                        MalformedSourceException.class, "a.job", "type", 0),
                Arguments.of("two jobs with the same name", Map.of("a.job", "type=noop\n", "sub/a.job", "type=noop\n"),
                        MalformedSourceException.class, "sub/a.job", null, 0),
                Arguments.of("a Hive script that is not in the project", Map.of(
                                "q.job", "type=hive\nhive.script=missing.q\n"),
                        MissingFileException.class, "q.job", "hive.script", 0),
                Arguments.of("malformed flow YAML", Map.of("p.project", PROJECT,
                                "f.flow", "nodes:\n  - name: a\n    type: noop\n   bad: [\n"),
                        MalformedSourceException.class, "f.flow", null, 4),
                Arguments.of("a dependsOn naming a node that does not exist", Map.of("p.project", PROJECT,
                                "f.flow", "nodes:\n  - name: a\n    type: noop\n  - name: b\n    type: noop\n"
                                        + "    dependsOn:\n      - ghost\n"),
                        UnknownNodeException.class, "f.flow", "nodes[name=b]/dependsOn", 4),
                Arguments.of("a dependsOn cycle inside an embedded flow", Map.of("p.project", PROJECT,
                                "f.flow", "nodes:\n  - name: outer\n    type: flow\n    nodes:\n"
                                        + "      - name: x\n        type: noop\n        dependsOn: [y]\n"
                                        + "      - name: y\n        type: noop\n        dependsOn: [x]\n"),
                        DependencyCycleException.class, "f.flow", "nodes[name=outer]/nodes[name=x]", 5),
                Arguments.of("an unknown flow version", Map.of("p.project", "azkaban-flow-version: 3.0\n",
                                "f.flow", "nodes: []\n"),
                        UnsupportedVersionException.class, "p.project", "azkaban-flow-version", 1),
                Arguments.of("a flow without nodes", Map.of("p.project", PROJECT, "f.flow", "config:\n  a: b\n"),
                        MalformedSourceException.class, "f.flow", "nodes", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProjects")
    @DisplayName("names the file, element and line of")
    void refuses(String why, Map<String, String> files, Class<? extends SchedulerSourceException> expected,
            String file, String element, int line, @TempDir Path dir) {
        SchedulerSourceException e = assertThrows(SchedulerSourceException.class,
                () -> AzkabanWorkspace.read(Fixtures.write(dir.resolve("project"), files)));
        assertInstanceOf(expected, e, e.toString());
        assertEquals(file, e.file(), e.getMessage());
        assertEquals(element, e.element().orElse(null), e.getMessage());
        assertEquals(line, e.line().orElse(0), e.getMessage());
    }

    @Test
    @DisplayName("a cycle names every job on it")
    void cycleNames(@TempDir Path dir) {
        DependencyCycleException e = assertThrows(DependencyCycleException.class, () -> AzkabanWorkspace.read(
                Fixtures.write(dir, Map.of("a.job", "type=noop\ndependencies=c\n", "b.job", "type=noop\ndependencies=a\n",
                        "c.job", "type=noop\ndependencies=b\n"))));
        assertEquals(List.of("a", "c", "b", "a"), e.cycle());
    }

    @Test
    @DisplayName("embedded flows deeper than maxNesting are refused")
    void nesting(@TempDir Path dir) {
        String flow = "nodes:\n  - name: l1\n    type: flow\n    nodes:\n      - name: l2\n        type: flow\n"
                + "        nodes:\n          - name: leaf\n            type: noop\n";
        SourceLimitException e = assertThrows(SourceLimitException.class, () -> AzkabanWorkspace.read(
                Fixtures.write(dir, Map.of("p.project", PROJECT, "f.flow", flow)),
                ConversionOptions.defaults().withMaxNesting(1)));
        assertEquals("maxNesting", e.limitName());
    }

    @Test
    @DisplayName("more files than maxFiles are refused")
    void fileCount(@TempDir Path dir) {
        SourceLimitException e = assertThrows(SourceLimitException.class, () -> AzkabanWorkspace.read(
                Fixtures.write(dir, Map.of("a.job", "type=noop\n", "b.job", "type=noop\n", "c.sh", "echo\n")),
                ConversionOptions.defaults().withMaxFiles(2)));
        assertEquals("maxFiles", e.limitName());
    }

    @Test
    @DisplayName("an archive that is not a zip is malformed")
    void notAZip(@TempDir Path dir) {
        Path fake = Fixtures.write(dir, Map.of("project.zip", "this is not a zip")).resolve("project.zip");
        MalformedSourceException e = assertThrows(MalformedSourceException.class, () -> AzkabanWorkspace.read(fake));
        assertEquals("project.zip", e.file());
    }
}
