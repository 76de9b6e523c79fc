package dev.assetmigration.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.error.ValidationException;
import dev.assetmigration.error.Violation;
import dev.assetmigration.model.AssetMeta;
import dev.assetmigration.model.AutoTriggeredTask;
import dev.assetmigration.model.Column;
import dev.assetmigration.model.NodeType;
import dev.assetmigration.model.Schedule;
import dev.assetmigration.model.TableMetadata;
import dev.assetmigration.model.TaskDefinition;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("AssetValidator")
class AssetValidatorTest {

    private static AutoTriggeredTask task(String id, String name, String folder, String cron) {
        return new AutoTriggeredTask(AssetMeta.of(id, name).withFolder(folder),
                TaskDefinition.of(NodeType.SQL, "select 1"), Schedule.of(cron, ZoneId.of("Asia/Shanghai")));
    }

    @Test
    @DisplayName("a well-formed task has no violations")
    void validTask() {
        assertEquals(List.of(), AssetValidator.standard().validate(task("t1", "load_orders", "sales/daily", "00 30 02 * * ?")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "leading space        | ' x'         | sales     | 0 2 * * *     | meta.name",
        "slash in name        | a/b          | sales     | 0 2 * * *     | meta.name",
        "parent folder        | ok           | ../etc    | 0 2 * * *     | meta.folder",
        "absolute folder      | ok           | /abs      | 0 2 * * *     | meta.folder",
        "empty folder segment | ok           | a//b      | 0 2 * * *     | meta.folder",
        "four cron fields     | ok           | sales     | 0 2 * *       | schedule.cron",
        "minute out of range  | ok           | sales     | 61 2 * * *    | schedule.cron",
        "bad month name       | ok           | sales     | 0 2 * FOO *   | schedule.cron",
    })
    @DisplayName("an invalid field is reported with the asset reference and its property path")
    void invalidField(String caseName, String name, String folder, String cron, String path) {
        List<Violation> violations = AssetValidator.standard().validate(task("t9", name, folder, cron));
        assertEquals(1, violations.size(), () -> caseName + ": " + violations);
        assertEquals(path, violations.get(0).path());
        assertEquals("AUTO_TRIGGERED_TASK/t9", violations.get(0).asset().toString());
    }

    @Test
    @DisplayName("a table without columns and with a zero lifecycle gives two violations")
    void tableViolations() {
        TableMetadata table = new TableMetadata(AssetMeta.of("tb", "orders"), List.of(), List.of(), null, 0, null);
        List<Violation> violations = AssetValidator.standard().validate(table);
        assertEquals(List.of("columns", "lifecycleDays"), violations.stream().map(Violation::path).toList());
    }

    @Test
    @DisplayName("requireValid gathers the problems of every asset and fails once")
    void requireValidGathersAll() {
        var bad1 = task("a", "x\ty", "", "0 2 * * *");
        var bad2 = task("b", "ok", "", "nonsense");
        var good = new TableMetadata(AssetMeta.of("c", "t"), List.of(new Column("id", "BIGINT", null)), List.of(), null, null, null);
        ValidationException e = assertThrows(ValidationException.class,
                () -> AssetValidator.standard().requireValid(List.of(bad1, good, bad2)));
        assertEquals(2, e.violations().size());
        assertTrue(e.getMessage().contains("AUTO_TRIGGERED_TASK/a meta.name"), e.getMessage());
        assertTrue(e.getMessage().contains("AUTO_TRIGGERED_TASK/b schedule.cron"), e.getMessage());
        assertEquals("AM-VAL-001", e.code());
    }

    @Test
    @DisplayName("an asset with a blank id is reported, not crashed on")
    void blankId() {
        List<Violation> violations = AssetValidator.standard().validate(task(" ", "ok", "", "0 2 * * *"));
        assertEquals(List.of("meta.id"), violations.stream().map(Violation::path).toList());
    }
}
