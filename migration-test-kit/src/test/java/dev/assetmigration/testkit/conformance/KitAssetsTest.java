package dev.assetmigration.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.testkit.ModelValidation;
import dev.assetmigration.testkit.internal.KitAssets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("The assets the kit writes")
class KitAssetsTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(AssetType.class)
    @DisplayName("are valid, so a validating provider cannot refuse them, and carry extensions and dependencies")
    void validAndRich(AssetType type) {
        Asset asset = KitAssets.rich(type, "round_trip", "kit/round trip");
        assertEquals(List.of(), ModelValidation.violations(asset));
        assertFalse(asset.meta().extensions().isEmpty());
        assertFalse(asset.meta().dependencies().isEmpty());
    }
}
