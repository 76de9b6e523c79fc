package dev.assetmigration.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.error.AssetConflictException;
import dev.assetmigration.error.AssetNotFoundException;
import dev.assetmigration.error.ProviderException;
import dev.assetmigration.error.ReadOnlyWorkspaceException;
import dev.assetmigration.error.UnsupportedAssetTypeException;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.Content;
import dev.assetmigration.model.Resource;
import dev.assetmigration.spi.AssetQuery;
import dev.assetmigration.spi.Deployment;
import dev.assetmigration.spi.Tombstone;
import dev.assetmigration.spi.Tombstones;
import dev.assetmigration.spi.Transactions;
import dev.assetmigration.spi.WorkspaceCapability;
import dev.assetmigration.testkit.fixtures.AssetFixtures;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("InMemoryWorkspace")
class InMemoryWorkspaceTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    @DisplayName("keeps a proposed id that is free and gives a taken one the first free -N suffix")
    void freshDeterministicIds() {
        InMemoryWorkspace ws = InMemoryWorkspace.empty();
        var tables = ws.provider(AssetType.TABLE_METADATA);
        assertEquals("t", tables.create(AssetFixtures.table("a").id("t").build()).id());
        assertEquals("t-2", tables.create(AssetFixtures.table("b").id("t").build()).id());
        assertEquals("t-3", tables.create(AssetFixtures.table("c").id("t").build()).id());
    }

    @Test
    @DisplayName("refuses a second asset with the same folder and name, naming both")
    void folderAndNameAreUnique() {
        InMemoryWorkspace ws = InMemoryWorkspace.builder().asset(AssetFixtures.table("orders").folder("dw").build()).build();
        AssetConflictException e = assertThrows(AssetConflictException.class, () -> ws.provider(AssetType.TABLE_METADATA)
                .create(AssetFixtures.table("orders").id("other").folder("dw").build()));
        assertEquals(AssetRef.of(AssetType.TABLE_METADATA, "tbl-orders"), e.existing());
        assertEquals("dw/orders", e.path());
    }

    @Test
    @DisplayName("fails an update of an unknown id with AssetNotFoundException")
    void updateUnknown() {
        InMemoryWorkspace ws = InMemoryWorkspace.empty();
        assertThrows(AssetNotFoundException.class,
                () -> ws.provider(AssetType.FUNCTION).update(AssetFixtures.function("f").build()));
    }

    @Test
    @DisplayName("copies resource content into memory, so the caller's stream is read exactly once")
    void ownsResourceBytes() throws Exception {
        AtomicInteger opens = new AtomicInteger();
        byte[] bytes = {1, 2, 3, 4};
        Resource resource = AssetFixtures.resource("lib").content(Content.of(4, () -> {
            opens.incrementAndGet();
            return new ByteArrayInputStream(bytes);
        })).build();
        InMemoryWorkspace ws = InMemoryWorkspace.empty();
        ws.provider(AssetType.RESOURCE).create(resource);
        Resource stored = (Resource) ws.provider(AssetType.RESOURCE).findById("res-lib").orElseThrow();
        for (int read = 0; read < 2; read++) {
            try (InputStream in = stored.content().open()) {
                assertArrayEquals(bytes, in.readAllBytes());
            }
        }
        assertEquals(1, opens.get());
    }

    @Test
    @DisplayName("refuses a resource whose content yields another number of bytes than it declares")
    void contentSizeLie() {
        Resource liar = AssetFixtures.resource("lib").content(Content.of(10, () -> new ByteArrayInputStream(new byte[3]))).build();
        ProviderException e = assertThrows(ProviderException.class,
                () -> InMemoryWorkspace.empty().provider(AssetType.RESOURCE).create(liar));
        assertTrue(e.getMessage().contains("declares 10 bytes but its content yielded 3"), e.getMessage());
    }

    @Test
    @DisplayName("throws UnsupportedAssetTypeException for a type switched off in the builder")
    void unsupportedType() {
        InMemoryWorkspace ws = InMemoryWorkspace.builder().supportedTypes(AssetType.RESOURCE).build();
        assertEquals(java.util.Set.of(AssetType.RESOURCE), ws.supportedTypes());
        assertThrows(UnsupportedAssetTypeException.class, () -> ws.provider(AssetType.FUNCTION));
    }

    static Stream<Arguments> capabilitySwitches() {
        return Stream.of(
                Arguments.of(Deployment.class, (UnaryOperator<InMemoryWorkspace.Builder>) InMemoryWorkspace.Builder::withoutDeployment),
                Arguments.of(Tombstones.class, (UnaryOperator<InMemoryWorkspace.Builder>) InMemoryWorkspace.Builder::withoutTombstones),
                Arguments.of(Transactions.class, (UnaryOperator<InMemoryWorkspace.Builder>) InMemoryWorkspace.Builder::withoutTransactions));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("capabilitySwitches")
    @DisplayName("offers each capability by default and none once switched off")
    void capabilitiesSwitchOff(Class<? extends WorkspaceCapability> capability, UnaryOperator<InMemoryWorkspace.Builder> off) {
        assertTrue(InMemoryWorkspace.empty().capability(capability).isPresent());
        assertFalse(off.apply(InMemoryWorkspace.builder()).build().capability(capability).isPresent());
    }

    @Test
    @DisplayName("read-only: serves seeded assets and refuses every write")
    void readOnly() {
        Asset table = AssetFixtures.table("orders").build();
        InMemoryWorkspace ws = InMemoryWorkspace.builder().readOnly().asset(table).build();
        var provider = ws.provider(AssetType.TABLE_METADATA);
        assertTrue(ws.readOnly());
        assertEquals(table, provider.findById(table.id()).orElseThrow());
        assertThrows(ReadOnlyWorkspaceException.class, () -> provider.create(AssetFixtures.table("x").build()));
        assertThrows(ReadOnlyWorkspaceException.class, () -> provider.update(table));
        assertThrows(ReadOnlyWorkspaceException.class, () -> provider.write(table));
        assertThrows(ReadOnlyWorkspaceException.class, () -> provider.delete(table.id()));
    }

    @Test
    @DisplayName("stamps tombstones with its clock and forgets them when the asset is created again")
    void tombstones() {
        Asset fn = AssetFixtures.function("f").build();
        InMemoryWorkspace ws = InMemoryWorkspace.builder().clock(Clock.fixed(T0, ZoneOffset.UTC)).asset(fn).build();
        Tombstones tombstones = ws.capability(Tombstones.class).orElseThrow();
        ws.provider(AssetType.FUNCTION).delete(fn.id());
        assertEquals(List.of(new Tombstone(fn.ref(), "", "f", T0)), tombstones.deletedSince(Instant.EPOCH).toList());
        ws.provider(AssetType.FUNCTION).create(fn);
        assertEquals(List.of(), tombstones.deletedSince(Instant.EPOCH).toList());
    }

    @Test
    @DisplayName("rolls back creates, updates and deletes of every type to the exact prior state")
    void rollback() {
        Asset table = AssetFixtures.table("orders").build();
        Asset fn = AssetFixtures.function("f").build();
        InMemoryWorkspace ws = InMemoryWorkspace.builder().assets(table, fn).build();
        WorkspaceSnapshot before = WorkspaceSnapshot.of(ws);
        try (Transactions.Transaction tx = ws.capability(Transactions.class).orElseThrow().begin()) {
            ws.provider(AssetType.TABLE_METADATA).update(AssetFixtures.table("orders").comment("changed").build());
            ws.provider(AssetType.FUNCTION).delete(fn.id());
            ws.provider(AssetType.RESOURCE).create(AssetFixtures.resource("lib").build());
            ws.provider(AssetType.FUNCTION).create(AssetFixtures.function("f").build());
            assertEquals(3, ws.size());
            tx.rollback();
        }
        before.assertUnchanged(ws);
        assertFalse(ws.inTransaction());
    }

    @Test
    @DisplayName("refuses a second transaction while one is open")
    void oneTransactionAtATime() {
        Transactions transactions = InMemoryWorkspace.empty().capability(Transactions.class).orElseThrow();
        try (Transactions.Transaction tx = transactions.begin()) {
            assertThrows(ProviderException.class, transactions::begin);
            tx.commit();
        }
        transactions.begin().close();
    }

    @Test
    @DisplayName("records deployments in order and skips tasks already deployed in their current state")
    void deployment() {
        Asset task = AssetFixtures.autoTask("load").build();
        Asset manual = AssetFixtures.manualTask("fix").build();
        InMemoryWorkspace ws = InMemoryWorkspace.builder().assets(task, manual).build();
        Deployment deployment = ws.capability(Deployment.class).orElseThrow();
        assertEquals(List.of(task.ref(), manual.ref()), deployment.deploy(List.of(task.ref(), manual.ref())));
        assertEquals(List.of(), deployment.deploy(List.of(task.ref())));
        ws.provider(AssetType.AUTO_TRIGGERED_TASK).update(AssetFixtures.autoTask("load").code("SELECT 2;").build());
        assertFalse(ws.isDeployedInCurrentState(task.ref()));
        assertEquals(List.of(task.ref()), deployment.deploy(List.of(task.ref())));
        assertEquals(List.of(task.ref(), manual.ref(), task.ref()), ws.deployments());
    }

    @Test
    @DisplayName("refuses to deploy an unknown task or a non-task")
    void deploymentRefusals() {
        Deployment deployment = InMemoryWorkspace.builder().asset(AssetFixtures.table("t").build()).build()
                .capability(Deployment.class).orElseThrow();
        assertThrows(AssetNotFoundException.class,
                () -> deployment.deploy(List.of(AssetRef.of(AssetType.AUTO_TRIGGERED_TASK, "nope"))));
        assertThrows(IllegalArgumentException.class,
                () -> deployment.deploy(List.of(AssetRef.of(AssetType.TABLE_METADATA, "tbl-t"))));
    }

    @Test
    @DisplayName("lists by id filter in ascending id order")
    void idFilter() {
        InMemoryWorkspace ws = InMemoryWorkspace.builder()
                .assets(AssetFixtures.table("a").id("3").build(), AssetFixtures.table("b").id("1").build(),
                        AssetFixtures.table("c").id("2").build())
                .build();
        try (Stream<Asset> listed = ws.provider(AssetType.TABLE_METADATA).list(AssetQuery.all().withIds(List.of("3", "1", "9")))) {
            assertEquals(List.of("1", "3"), listed.map(Asset::id).toList());
        }
    }
}
