package dev.assetmigration.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.model.AssetType;
import dev.assetmigration.testkit.fixtures.AssetFixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("WorkspaceSnapshot")
class WorkspaceSnapshotTest {

    private final InMemoryWorkspace ws = InMemoryWorkspace.builder()
            .clock(Clock.fixed(Instant.parse("2026-02-02T00:00:00Z"), ZoneOffset.UTC))
            .assets(AssetFixtures.oneOfEach())
            .build();

    @Test
    @DisplayName("equals a second snapshot of an untouched workspace, and assertUnchanged passes")
    void untouched() {
        WorkspaceSnapshot before = WorkspaceSnapshot.of(ws);
        assertEquals(8, before.size());
        assertEquals(before, WorkspaceSnapshot.of(ws));
        before.assertUnchanged(ws);
    }

    @Test
    @DisplayName("names the field that changed, the asset added and the asset removed with its tombstone")
    void readableDiff() {
        WorkspaceSnapshot before = WorkspaceSnapshot.of(ws);
        ws.provider(AssetType.TABLE_METADATA).update(AssetFixtures.table("sample_table_metadata")
                .extension("x.team", "etl").build());
        ws.provider(AssetType.FUNCTION).delete("fn-sample_function");
        ws.provider(AssetType.AD_HOC_QUERY).create(AssetFixtures.adHocQuery("new_query").folder("adhoc").build());
        assertEquals(List.of(
                "changed TABLE_METADATA/tbl-sample_table_metadata (sample_table_metadata):"
                        + " meta.extensions: unexpected key 'x.team' = \"etl\"",
                "removed FUNCTION/fn-sample_function (sample_function)",
                "added AD_HOC_QUERY/query-new_query (adhoc/new_query)",
                "tombstone of FUNCTION/fn-sample_function: expected null but was"
                        + " Tombstone[asset=FUNCTION/fn-sample_function, folder=, name=sample_function,"
                        + " deletedAt=2026-02-02T00:00:00Z]"),
                before.diff(WorkspaceSnapshot.of(ws)));
    }

    @Test
    @DisplayName("sees a change of resource bytes of the same size through the digest")
    void contentChange() {
        WorkspaceSnapshot before = WorkspaceSnapshot.of(ws);
        ws.provider(AssetType.RESOURCE).update(AssetFixtures.resource("sample_resource").generated(99, 1024).build());
        List<String> diff = before.diff(WorkspaceSnapshot.of(ws));
        assertEquals(1, diff.size(), diff::toString);
        assertTrue(diff.get(0).startsWith("changed RESOURCE/res-sample_resource (sample_resource): content: expected 1024 bytes, sha256 "),
                diff.get(0));
    }

    @Test
    @DisplayName("assertUnchanged fails with an AssertionError listing each difference")
    void assertUnchangedFails() {
        WorkspaceSnapshot before = WorkspaceSnapshot.of(ws);
        ws.provider(AssetType.COMPONENT).delete("cmp-sample_component");
        AssertionError e = assertThrows(AssertionError.class, () -> before.assertUnchanged(ws));
        assertTrue(e.getMessage().contains("changed since the snapshot (2 difference(s)):\n  - removed COMPONENT/cmp-sample_component"),
                e.getMessage());
    }
}
