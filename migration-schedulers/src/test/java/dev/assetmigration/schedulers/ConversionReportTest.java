package dev.assetmigration.schedulers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.schedulers.ConversionReport.Item;
import dev.assetmigration.schedulers.ConversionReport.Outcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ConversionReport")
class ConversionReportTest {

    private static final AssetRef LOAD = AssetRef.of(AssetType.AUTO_TRIGGERED_TASK, "oozie/etl/load");
    private static final ConversionReport REPORT = new ConversionReport("oozie", "/apps/etl", List.of(
            new Item("load", "action", new SourceLocation("workflow.xml", "action[name=load]", 12), Outcome.CONVERTED,
                    LOAD, List.of()),
            new Item("datasets", "datasets", SourceLocation.ofFile("coordinator.xml"), Outcome.UNSUPPORTED, null,
                    List.of("no mapping"))));

    @Test
    @DisplayName("summary counts every outcome, zero included")
    void summary() {
        assertEquals(Map.of(Outcome.CONVERTED, 1, Outcome.UNSUPPORTED, 1, Outcome.FAILED, 0), REPORT.summary());
    }

    @Test
    @DisplayName("itemFor finds the item that became an asset")
    void itemFor() {
        assertEquals("load", REPORT.itemFor(LOAD).orElseThrow().name());
        assertTrue(REPORT.itemFor(AssetRef.of(AssetType.RESOURCE, "x")).isEmpty());
    }

    @Test
    @DisplayName("JSON has scheduler, source, summary and items; unknown element, line and asset are left out")
    void json() {
        String json = REPORT.toJson();
        assertTrue(json.contains("\"source\" : \"/apps/etl\""), json);
        assertTrue(json.contains("\"FAILED\" : 0"), json);
        assertTrue(json.contains("\"line\" : 12"), json);
        assertTrue(json.contains("\"asset\" : \"AUTO_TRIGGERED_TASK/oozie/etl/load\""), json);
        String unsupported = json.substring(json.indexOf("\"name\" : \"datasets\""));
        assertFalse(unsupported.contains("\"element\""), unsupported);
        assertFalse(unsupported.contains("\"line\""), unsupported);
        assertFalse(unsupported.contains("\"asset\""), unsupported);
    }

    @Test
    @DisplayName("toString lists what was not simply converted, with its location")
    void readable() {
        assertTrue(REPORT.toString().contains("UNSUPPORTED datasets datasets (coordinator.xml); no mapping"),
                REPORT.toString());
        assertFalse(REPORT.toString().contains("CONVERTED action load"), REPORT.toString());
    }

    @Test
    @DisplayName("a location refuses a negative line")
    void negativeLine() {
        assertThrows(IllegalArgumentException.class, () -> new SourceLocation("f", null, -1));
    }
}
