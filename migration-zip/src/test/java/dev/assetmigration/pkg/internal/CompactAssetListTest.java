package dev.assetmigration.pkg.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.pkg.PackageEntry;
import dev.assetmigration.pkg.PackagedAsset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The compact asset list and path set")
class CompactAssetListTest {

    private static PackagedAsset asset(int i) {
        String sha = String.format("%064x", i * 7919L);
        List<AssetRef> dependencies = new ArrayList<>();
        for (int d = 0; d < i % 4; d++) {
            dependencies.add(AssetRef.of(AssetType.values()[d], "dep-" + d + "-中"));
        }
        String big = i == 7 ? "x".repeat(3_000_000) : "";
        return new PackagedAsset(AssetRef.of(AssetType.values()[i % 8], "id-" + i), "名前 " + i + big, i % 3 == 0 ? "" : "f/" + i,
                dependencies, List.of(new PackageEntry("assets/a/" + i + ".json", i * 1_000_000_007L, sha),
                        new PackageEntry("assets/a/" + i + ".sql", 0, sha)));
    }

    @Test
    @DisplayName("gives back every record it was given, across chunk boundaries and for records larger than a chunk")
    void roundTrip() {
        CompactAssetList list = new CompactAssetList();
        List<PackagedAsset> expected = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            list.add(asset(i));
            expected.add(asset(i));
        }
        list.freeze();
        assertEquals(expected, list);
        assertEquals(expected.hashCode(), list.hashCode());
        assertThrows(UnsupportedOperationException.class, () -> list.add(asset(1)));
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(20_000));
    }

    @Test
    @DisplayName("path set never forgets a name and rarely claims an unknown one")
    void pathSet() {
        PathSet set = new PathSet();
        for (int i = 0; i < 100_000; i++) {
            set.add("assets/AUTO_TRIGGERED_TASK/flow/task_" + i + ".sql");
        }
        int falsePositives = 0;
        for (int i = 0; i < 100_000; i++) {
            assertTrue(set.mayContain("assets/AUTO_TRIGGERED_TASK/flow/task_" + i + ".sql"));
            if (set.mayContain("assets/AUTO_TRIGGERED_TASK/flow/task_" + i + ".json")) {
                falsePositives++;
            }
        }
        assertEquals(0, falsePositives);
        assertFalse(set.mayContain(""));
    }
}
