package dev.assetmigration.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.Resource;
import dev.assetmigration.spi.AssetProvider;
import dev.assetmigration.spi.AssetQuery;
import dev.assetmigration.spi.Deployment;
import dev.assetmigration.spi.Tombstones;
import dev.assetmigration.spi.Transactions;
import dev.assetmigration.testkit.FaultInjectingWorkspace.Fault;
import dev.assetmigration.testkit.FaultInjectingWorkspace.InjectedFaultException;
import dev.assetmigration.testkit.FaultInjectingWorkspace.Operation;
import dev.assetmigration.testkit.fixtures.AssetFixtures;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("FaultInjectingWorkspace")
class FaultInjectingWorkspaceTest {

    private final InMemoryWorkspace target = InMemoryWorkspace.builder().assets(AssetFixtures.oneOfEach()).build();

    @ParameterizedTest(name = "write #{0}")
    @ValueSource(ints = {1, 2, 3})
    @DisplayName("fails exactly the Nth write, counted across providers, before anything is stored")
    void failOnWrite(int k) {
        FaultInjectingWorkspace faulty = FaultInjectingWorkspace.wrap(target, Fault.failOnWrite(k));
        List<Asset> writes = List.of(AssetFixtures.table("t1").build(), AssetFixtures.function("f1").build(),
                AssetFixtures.adHocQuery("q1").build());
        for (int n = 1; n <= writes.size(); n++) {
            Asset asset = writes.get(n - 1);
            AssetProvider provider = faulty.provider(asset.type());
            if (n == k) {
                InjectedFaultException e = assertThrows(InjectedFaultException.class, () -> provider.create(asset));
                assertEquals(k, e.callNumber());
                assertFalse(e.landed());
                assertTrue(target.provider(asset.type()).findById(asset.id()).isEmpty());
            } else {
                provider.create(asset);
            }
        }
        assertEquals(3, faulty.writes());
        assertEquals(10, target.size());
    }

    @Test
    @DisplayName("fail-after-write lets the write land, then throws saying so")
    void failAfterWrite() {
        FaultInjectingWorkspace faulty = FaultInjectingWorkspace.wrap(target, Fault.failAfterWrite(1));
        InjectedFaultException e = assertThrows(InjectedFaultException.class,
                () -> faulty.provider(AssetType.COMPONENT).delete("cmp-sample_component"));
        assertTrue(e.landed());
        assertEquals(Operation.DELETE, e.operation());
        assertTrue(e.getMessage().contains("write #1 (delete COMPONENT/cmp-sample_component)"), e.getMessage());
        assertTrue(e.getMessage().contains("AFTER the write landed"), e.getMessage());
        assertTrue(target.provider(AssetType.COMPONENT).findById("cmp-sample_component").isEmpty());
    }

    @Test
    @DisplayName("fails exactly the Nth read and counts every call per operation")
    void failOnRead() {
        FaultInjectingWorkspace faulty = FaultInjectingWorkspace.wrap(target, Fault.failOnRead(2));
        AssetProvider tables = faulty.provider(AssetType.TABLE_METADATA);
        assertTrue(tables.findById("tbl-sample_table_metadata").isPresent());
        assertThrows(InjectedFaultException.class, () -> tables.findByName("", "sample_table_metadata"));
        try (Stream<Asset> listed = tables.list(AssetQuery.all())) {
            assertEquals(1, listed.count());
        }
        assertEquals(3, faulty.reads());
        assertEquals(1L, faulty.callCounts().get(Operation.FIND_BY_ID));
        assertEquals(1L, faulty.callCounts().get(Operation.FIND_BY_NAME));
        assertEquals(1L, faulty.callCounts().get(Operation.LIST));
    }

    @Test
    @DisplayName("passes the wrapped workspace's capabilities through, so writes join its transaction")
    void capabilitiesPassThrough() {
        FaultInjectingWorkspace faulty = FaultInjectingWorkspace.wrap(target);
        Transactions transactions = faulty.capability(Transactions.class).orElseThrow();
        assertSame(target.capability(Tombstones.class).orElseThrow(), faulty.capability(Tombstones.class).orElseThrow());
        WorkspaceSnapshot before = WorkspaceSnapshot.of(target);
        try (Transactions.Transaction tx = transactions.begin()) {
            faulty.provider(AssetType.FUNCTION).create(AssetFixtures.function("inside").build());
            tx.rollback();
        }
        before.assertUnchanged(target);
        assertFalse(FaultInjectingWorkspace.wrap(InMemoryWorkspace.builder().withoutTransactions().build())
                .capability(Transactions.class).isPresent());
    }

    @Test
    @DisplayName("fails the Nth commit after rolling the transaction back, and counts commits")
    void failOnCommit() {
        FaultInjectingWorkspace faulty = FaultInjectingWorkspace.wrap(target, Fault.failOnCommit(2));
        Transactions transactions = faulty.capability(Transactions.class).orElseThrow();
        try (Transactions.Transaction tx = transactions.begin()) {
            faulty.provider(AssetType.FUNCTION).create(AssetFixtures.function("kept").build());
            tx.commit();
        }
        WorkspaceSnapshot afterFirst = WorkspaceSnapshot.of(target);
        try (Transactions.Transaction tx = transactions.begin()) {
            faulty.provider(AssetType.FUNCTION).create(AssetFixtures.function("lost").build());
            InjectedFaultException e = assertThrows(InjectedFaultException.class, tx::commit);
            assertEquals(Operation.COMMIT, e.operation());
        }
        afterFirst.assertUnchanged(target);
        assertFalse(target.inTransaction());
        assertEquals(2L, faulty.callCounts().get(Operation.COMMIT));
    }

    @Test
    @DisplayName("fails the Nth deployment before deploying anything")
    void failOnDeploy() {
        InMemoryWorkspace withTask = InMemoryWorkspace.builder().asset(AssetFixtures.autoTask("load").build()).build();
        FaultInjectingWorkspace faulty = FaultInjectingWorkspace.wrap(withTask, Fault.failOnDeploy(1));
        Deployment deployment = faulty.capability(Deployment.class).orElseThrow();
        AssetRef task = AssetRef.of(AssetType.AUTO_TRIGGERED_TASK, "task-load");
        assertThrows(InjectedFaultException.class, () -> deployment.deploy(List.of(task)));
        assertEquals(List.of(), withTask.deployments());
        assertEquals(List.of(task), deployment.deploy(List.of(task)));
    }

    @Test
    @DisplayName("missing-on-find: list still shows an asset that find no longer finds")
    void missingOnFind() {
        FaultInjectingWorkspace faulty = FaultInjectingWorkspace.wrap(target, Fault.missingOnFind(2));
        AssetProvider functions = faulty.provider(AssetType.FUNCTION);
        try (Stream<Asset> listed = functions.list(AssetQuery.all())) {
            assertEquals(List.of("fn-sample_function"), listed.map(Asset::id).toList());
        }
        assertTrue(functions.findById("fn-sample_function").isEmpty());
        assertTrue(functions.findByName("", "sample_function").isEmpty());
    }

    @Test
    @DisplayName("truncated content: resources yield half the bytes they declare")
    void truncatedContent() throws Exception {
        FaultInjectingWorkspace faulty = FaultInjectingWorkspace.wrap(target, Fault.truncatedContent(1));
        Resource resource = (Resource) faulty.provider(AssetType.RESOURCE).findById("res-sample_resource").orElseThrow();
        try (InputStream in = resource.content().open()) {
            assertEquals(1024, resource.content().size());
            assertEquals(512, in.readAllBytes().length);
        }
    }

    @Test
    @DisplayName("slow mode delays every call by at least the configured time")
    void delay() {
        FaultInjectingWorkspace faulty = FaultInjectingWorkspace.wrap(target, Fault.delay(Duration.ofMillis(20)));
        long start = System.nanoTime();
        faulty.provider(AssetType.RESOURCE).findById("nope");
        faulty.provider(AssetType.RESOURCE).delete("nope");
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(40).toNanos());
    }
}
