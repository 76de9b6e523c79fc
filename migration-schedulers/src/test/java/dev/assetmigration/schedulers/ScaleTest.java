package dev.assetmigration.schedulers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.Task;
import dev.assetmigration.spi.AssetQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large sources convert completely and correctly. Speed is measured in {@code benchmarks/}, not
 * here; these tests only prove that nothing is lost or quadratic enough to time out.
 */
@DisplayName("Large sources")
class ScaleTest {

    @Test
    @DisplayName("20,000 Azkaban jobs in 20 directories convert, each with its dependencies")
    void azkaban(@TempDir Path dir) throws IOException {
        for (int d = 0; d < 20; d++) {
            Path sub = Files.createDirectories(dir.resolve("p" + d));
            Files.writeString(sub.resolve("dir.properties"), "owner.team=team" + d + "\n");
            for (int i = 0; i < 1000; i++) {
                String deps = i == 0 ? "" : "dependencies=j" + d + "_" + (i - 1) + (i >= 7 ? ",j" + d + "_" + (i - 7) : "");
                Files.writeString(sub.resolve("j" + d + "_" + i + ".job"), "type=command\ncommand=echo " + i + "\n"
                        + deps + "\n");
            }
        }
        AzkabanWorkspace workspace = AzkabanWorkspace.read(dir);
        try (Stream<?> tasks = workspace.provider(AssetType.MANUALLY_TRIGGERED_TASK).list(AssetQuery.all())) {
            assertEquals(20_000, tasks.count());
        }
        Task last = (Task) workspace.provider(AssetType.MANUALLY_TRIGGERED_TASK)
                .findByName("azkaban/" + dir.getFileName() + "/j7_999", "j7_999").orElseThrow();
        assertEquals(List.of("j7_998", "j7_992"), Fixtures.upstreamNames(workspace, last));
        assertEquals("team7", last.definition().parameters().get("owner.team"));
    }

    @Test
    @DisplayName("an Oozie workflow of 5,000 actions with forks and decisions converts, each with its upstream")
    void oozie(@TempDir Path dir) throws IOException {
        StringBuilder xml = new StringBuilder("<workflow-app name=\"big\" xmlns=\"uri:oozie:workflow:0.5\">\n"
                + "<start to=\"a0\"/>\n");
        int actions = 5000;
        for (int i = 0; i < actions; i++) {
            String next = i == actions - 1 ? "end" : i % 100 == 0 ? "d" + i : i % 100 == 50 ? "f" + i : "a" + (i + 1);
            xml.append("<action name=\"a").append(i).append("\"><shell xmlns=\"uri:oozie:shell-action:0.3\"><exec>echo</exec>"
                    + "<argument>").append(i).append("</argument></shell><ok to=\"").append(next)
                    .append("\"/><error to=\"fail\"/></action>\n");
            if (i % 100 == 0 && i != actions - 1) {
                xml.append("<decision name=\"d").append(i).append("\"><switch><case to=\"a").append(i + 1)
                        .append("\">${x}</case><default to=\"a").append(i + 1).append("\"/></switch></decision>\n");
            }
            if (i % 100 == 50) {
                xml.append("<fork name=\"f").append(i).append("\"><path start=\"a").append(i + 1)
                        .append("\"/><path start=\"b").append(i).append("\"/></fork>\n");
                xml.append("<action name=\"b").append(i).append("\"><fs><mkdir path=\"/t\"/></fs><ok to=\"j")
                        .append(i).append("\"/><error to=\"fail\"/></action>\n");
                xml.append("<join name=\"j").append(i).append("\" to=\"a").append(i + 2).append("\"/>\n");
            }
        }
        xml.append("<kill name=\"fail\"><message>failed</message></kill>\n<end name=\"end\"/>\n</workflow-app>\n");
        // a(i+1) after a fork joins into a(i+2): make a(i+1) go to the join instead of a(i+2)
        String text = xml.toString();
        for (int i = 50; i < actions; i += 100) {
            text = text.replace("<argument>" + (i + 1) + "</argument></shell><ok to=\"a" + (i + 2) + "\"/>",
                    "<argument>" + (i + 1) + "</argument></shell><ok to=\"j" + i + "\"/>");
        }
        Files.writeString(dir.resolve("workflow.xml"), text);
        OozieWorkspace workspace = OozieWorkspace.read(dir);
        try (Stream<?> tasks = workspace.provider(AssetType.MANUALLY_TRIGGERED_TASK).list(AssetQuery.all())) {
            assertEquals(actions + actions / 100, tasks.count());
        }
        Task joined = Fixtures.task(workspace, "oozie/big", "a4952");
        assertEquals(List.of("b4950", "a4951"), Fixtures.upstreamNames(workspace, joined));
        assertEquals(List.of("a4900"), Fixtures.upstreamNames(workspace, Fixtures.task(workspace, "oozie/big", "a4901")));
    }
}
