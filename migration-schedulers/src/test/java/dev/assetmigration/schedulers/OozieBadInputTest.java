package dev.assetmigration.schedulers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
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

@DisplayName("OozieWorkspace refuses bad input")
class OozieBadInputTest {

    private static final String HEAD = "<workflow-app name=\"w\" xmlns=\"uri:oozie:workflow:0.5\">\n";

    private static String wf(String body) {
        return HEAD + body + "\n<kill name=\"fail\"><message>x</message></kill>\n<end name=\"end\"/>\n</workflow-app>\n";
    }

    private static String fs(String name, String ok, String error) {
        return "<action name=\"" + name + "\"><fs><mkdir path=\"/t\"/></fs><ok to=\"" + ok + "\"/><error to=\""
                + error + "\"/></action>";
    }

    static Stream<Arguments> badWorkflows() {
        return Stream.of(
                Arguments.of("malformed XML", Map.of("workflow.xml", HEAD + "<start to=\"a\">\n</workflow-app>"),
                        MalformedSourceException.class, "workflow.xml", null, 3),
                Arguments.of("a DOCTYPE with an external entity (XXE)", Map.of("workflow.xml",
                        "<?xml version=\"1.0\"?>\n<!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                                + wf("<start to=\"a\"/>" + fs("a", "end", "fail")).replace("name=\"w\"", "name=\"&x;\"")),
                        MalformedSourceException.class, "workflow.xml", null, 2),
                Arguments.of("a transition to a node that does not exist", Map.of("workflow.xml",
                        wf("<start to=\"a\"/>\n" + fs("a", "missing", "fail"))),
                        UnknownNodeException.class, "workflow.xml", "action[name=a]/ok", 3),
                Arguments.of("a start pointing nowhere", Map.of("workflow.xml", wf("<start to=\"nowhere\"/>")),
                        UnknownNodeException.class, "workflow.xml", "start", 2),
                Arguments.of("a cycle through a decision", Map.of("workflow.xml", wf("<start to=\"a\"/>\n"
                                + fs("a", "d", "fail") + "\n<decision name=\"d\"><switch><case to=\"a\">${x}</case>"
                                + "<default to=\"end\"/></switch></decision>")),
                        DependencyCycleException.class, "workflow.xml", "action[name=a]", 3),
                Arguments.of("an unknown schema version", Map.of("workflow.xml",
                        wf("<start to=\"end\"/>").replace("workflow:0.5", "workflow:9.9")),
                        UnsupportedVersionException.class, "workflow.xml", "workflow-app/@xmlns", 1),
                Arguments.of("a Hive script that is not in the directory", Map.of("workflow.xml", wf(
                                "<start to=\"h\"/>\n<action name=\"h\">\n<hive xmlns=\"uri:oozie:hive-action:0.5\">"
                                + "\n<script>q.hql</script></hive><ok to=\"end\"/><error to=\"fail\"/></action>")),
                        MissingFileException.class, "workflow.xml", "action[name=h]/hive/script", 5),
                Arguments.of("a shell <file> that is not in the directory", Map.of("workflow.xml", wf(
                                "<start to=\"s\"/>\n<action name=\"s\"><shell xmlns=\"uri:oozie:shell-action:0.3\">"
                                + "<exec>run.sh</exec>\n<file>run.sh#run.sh</file></shell><ok to=\"end\"/>"
                                + "<error to=\"fail\"/></action>")),
                        MissingFileException.class, "workflow.xml", "action[name=s]/shell/file", 4),
                Arguments.of("a node name used twice", Map.of("workflow.xml", wf("<start to=\"a\"/>\n"
                                + fs("a", "end", "fail") + "\n" + fs("a", "end", "fail"))),
                        MalformedSourceException.class, "workflow.xml", "action[name=a]", 4),
                Arguments.of("a coordinator with an unknown version", Map.of("workflow.xml", wf("<start to=\"end\"/>"),
                                "coordinator.xml", "<coordinator-app name=\"c\" frequency=\"60\" start=\"2026-01-01T00:00Z\""
                                + " end=\"2027-01-01T00:00Z\" timezone=\"UTC\" xmlns=\"uri:oozie:coordinator:7.0\"/>"),
                        UnsupportedVersionException.class, "coordinator.xml", "coordinator-app/@xmlns", 1),
                Arguments.of("a coordinator with an unknown timezone", Map.of("workflow.xml", wf("<start to=\"end\"/>"),
                                "coordinator.xml", "<coordinator-app name=\"c\" frequency=\"60\" start=\"2026-01-01T00:00Z\""
                                + " end=\"2027-01-01T00:00Z\" timezone=\"Mars/Olympus\" xmlns=\"uri:oozie:coordinator:0.2\"/>"),
                        MalformedSourceException.class, "coordinator.xml", "coordinator-app/@timezone", 1),
                Arguments.of("a sub-workflow directory that is missing", Map.of("workflow.xml", wf("<start to=\"s\"/>\n"
                                + "<action name=\"s\"><sub-workflow><app-path>child</app-path></sub-workflow>"
                                + "<ok to=\"end\"/><error to=\"fail\"/></action>")),
                        MissingFileException.class, "workflow.xml", "action[name=s]/sub-workflow/app-path", 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badWorkflows")
    @DisplayName("names the file, element and line of")
    void refuses(String why, Map<String, String> files, Class<? extends SchedulerSourceException> expected,
            String file, String element, int line, @TempDir Path dir) {
        SchedulerSourceException e = assertThrows(SchedulerSourceException.class,
                () -> OozieWorkspace.read(Fixtures.write(dir, files)));
        assertInstanceOf(expected, e, e.toString());
        assertEquals(file, e.file(), e.getMessage());
        if (element != null) {
            assertEquals(element, e.element().orElse(null), e.getMessage());
        }
        assertEquals(line, e.line().orElse(0), e.getMessage());
        assertTrue(e.code().startsWith("AM-SCHED-00"), e.code());
        assertTrue(e.getMessage().startsWith(file), e.getMessage());
    }

    @Test
    @DisplayName("an external entity is never resolved: the DOCTYPE itself is refused and the secret never read")
    void xxe(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path app = Files.createDirectories(dir.resolve("app"));
        Fixtures.write(app, Map.of("workflow.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE w [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n" + wf("<start to=\"end\"/>").replace("name=\"w\"", "name=\"&x;\"")));
        MalformedSourceException e = assertThrows(MalformedSourceException.class, () -> OozieWorkspace.read(app));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue(!e.getMessage().contains("TOP-SECRET"), e.getMessage());
    }

    @Test
    @DisplayName("a directory without workflow.xml is a missing file")
    void noWorkflow(@TempDir Path dir) {
        MissingFileException e = assertThrows(MissingFileException.class,
                () -> OozieWorkspace.read(Fixtures.write(dir, Map.of("job.properties", "a=b"))));
        assertEquals("workflow.xml", e.missingPath());
    }

    @Test
    @DisplayName("a path that does not exist is a missing file")
    void noSource(@TempDir Path dir) {
        assertThrows(MissingFileException.class, () -> OozieWorkspace.read(dir.resolve("absent")));
    }

    @Test
    @DisplayName("more actions than maxNodes fail with the limit and the count")
    void nodeLimit(@TempDir Path dir) {
        Fixtures.write(dir, Map.of("workflow.xml", wf("<start to=\"a\"/>" + fs("a", "b", "fail") + fs("b", "c", "fail")
                + fs("c", "end", "fail"))));
        SourceLimitException e = assertThrows(SourceLimitException.class,
                () -> OozieWorkspace.read(dir, ConversionOptions.defaults().withMaxNodes(2)));
        assertEquals("maxNodes", e.limitName());
        assertEquals(2, e.limit());
    }

    @Test
    @DisplayName("a file larger than maxFileBytes is refused before it is parsed")
    void fileLimit(@TempDir Path dir) {
        Fixtures.write(dir, Map.of("workflow.xml", wf("<start to=\"end\"/>" + " ".repeat(5000))));
        SourceLimitException e = assertThrows(SourceLimitException.class,
                () -> OozieWorkspace.read(dir, ConversionOptions.defaults().withMaxFileBytes(1000)));
        assertEquals("maxFileBytes", e.limitName());
        assertEquals("workflow.xml", e.file());
    }

    @Test
    @DisplayName("a zip entry that climbs out of the archive is refused")
    void zipSlip(@TempDir Path dir) throws Exception {
        Path zip = Fixtures.zipEntries(dir.resolve("app.zip"), Map.of("workflow.xml", wf("<start to=\"end\"/>"),
                "../../evil.sh", "rm -rf /"));
        MalformedSourceException e = assertThrows(MalformedSourceException.class, () -> OozieWorkspace.read(zip));
        assertEquals("../../evil.sh", e.element().orElseThrow());
        assertTrue(Files.exists(zip));
    }

    @Test
    @DisplayName("an SLA definition is reported UNSUPPORTED with its element, not dropped")
    void sla(@TempDir Path dir) {
        OozieWorkspace ws = OozieWorkspace.read(Fixtures.write(dir, Map.of("workflow.xml", wf("<start to=\"a\"/>\n"
                + "<action name=\"a\"><fs><mkdir path=\"/t\"/></fs><ok to=\"end\"/><error to=\"fail\"/>\n"
                + "<sla:info xmlns:sla=\"uri:oozie:sla:0.2\"><sla:should-end>${30 * MINUTES}</sla:should-end>"
                + "</sla:info></action>"))));
        ConversionReport.Item item = ws.report().items(ConversionReport.Outcome.UNSUPPORTED).get(0);
        assertEquals("action[name=a]/info", item.location().element());
        assertEquals(4, item.location().line());
    }

    @Test
    @DisplayName("an unreachable action is converted and flagged, not dropped")
    void unreachable(@TempDir Path dir) {
        OozieWorkspace ws = OozieWorkspace.read(Fixtures.write(dir, Map.of("workflow.xml",
                wf("<start to=\"end\"/>" + fs("orphan", "end", "fail")))));
        assertEquals(List.of("not reachable from the start node; Oozie never runs it"),
                ws.report().items().get(0).notes());
    }
}
