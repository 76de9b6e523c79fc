package dev.assetmigration.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.Migration;
import dev.assetmigration.error.MigrationException;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.testkit.InMemoryWorkspace;
import dev.assetmigration.testkit.fixtures.AssetFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Selector")
class SelectorTest {

    @ParameterizedTest(name = "\"{0}\" reads back as itself")
    @ValueSource(strings = {"id:AUTO_TRIGGERED_TASK/t-1", "folder:sales/daily", "name:ods_*", "type:RESOURCE", "folder:"})
    @DisplayName("the text form round-trips")
    void roundTrip(String text) {
        assertEquals(text, Selector.parse(text).toString());
    }

    @ParameterizedTest(name = "\"{0}\" is refused naming {1}")
    @CsvSource(delimiter = '|', value = {
        "nocolon            | not of the form",
        "kind:x             | unknown kind 'kind'",
        "type:NOT_A_TYPE    | unknown asset type 'NOT_A_TYPE'",
        "id:TASK/1          | unknown asset type 'TASK'",
        "id:                | not of the form",
        "name:              | not of the form",
    })
    @DisplayName("a malformed selector is refused with a message that names the problem")
    void malformed(String text, String fragment) {
        MigrationException e = assertThrows(MigrationException.class, () -> Selector.parse(text));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    @DisplayName("name globs match whole names; * and ? are the only wildcards")
    void globs() {
        var asset = AssetFixtures.adHocQuery("ods_orders.v2").build();
        assertTrue(Selector.name("ods_*").matches(asset));
        assertTrue(Selector.name("ods_orders.v?").matches(asset));
        assertFalse(Selector.name("ods_orders.v").matches(asset));
        assertFalse(Selector.name("ods_orders[.]v2").matches(asset), "brackets are literal");
        assertTrue(Selector.name("*").matches(asset));
    }

    @Test
    @DisplayName("folder selectors match whole segments and ignore a trailing slash")
    void folders() {
        var asset = AssetFixtures.adHocQuery("q").folder("sales/daily").build();
        assertTrue(Selector.folder("sales/").matches(asset));
        assertFalse(Selector.folder("sal").matches(asset));
        assertTrue(Selector.asset(AssetRef.of(AssetType.AD_HOC_QUERY, asset.id())).matches(asset));
    }

    @Test
    @DisplayName("a dependency depth below 1 is refused")
    void depth() {
        CustomExport custom = Migration.export(InMemoryWorkspace.empty()).custom();
        assertThrows(IllegalArgumentException.class, () -> custom.withDependencies(DependencyMode.UPSTREAM, 0));
    }
}
