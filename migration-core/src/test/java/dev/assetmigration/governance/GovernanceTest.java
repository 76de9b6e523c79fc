package dev.assetmigration.governance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import dev.assetmigration.Migration;
import dev.assetmigration.export.MigrationPackage;
import dev.assetmigration.imports.RemotePackage;
import dev.assetmigration.quota.Edition;
import dev.assetmigration.quota.EditionFeatureException;
import dev.assetmigration.quota.Limit;
import dev.assetmigration.quota.PackageSourceNotAllowedException;
import dev.assetmigration.quota.PackageTooLargeException;
import dev.assetmigration.quota.QuotaExceededException;
import dev.assetmigration.quota.QuotaGuard;
import dev.assetmigration.quota.QuotaLedger;
import dev.assetmigration.quota.QuotaPolicy;
import dev.assetmigration.quota.SourceRule;
import dev.assetmigration.spi.Workspace;
import dev.assetmigration.testkit.InMemoryWorkspace;
import dev.assetmigration.testkit.WorkspaceSnapshot;
import dev.assetmigration.testkit.fixtures.AssetFixtures;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Governed migrations")
class GovernanceTest {

    static final Principal ALICE = Principal.of("alice");

    static Governance rules(Role role, QuotaGuard quota) {
        return Governance.builder(AccessPolicy.of(Map.of("alice", role))).quota(quota).build();
    }

    static QuotaGuard edition(Edition edition) {
        return QuotaGuard.of(QuotaPolicy.of(edition), QuotaLedger.inMemory());
    }

    static InMemoryWorkspace source() {
        return InMemoryWorkspace.builder().assets(AssetFixtures.adHocQuery("q").build()).build();
    }

    static Stream<Arguments> rolesAndOperations() {
        List<Arguments> rows = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Operation operation : Operation.values()) {
                rows.add(Arguments.of(role, operation, operation == Operation.LIST_TASKS
                        || EnumSet.of(Role.ACCOUNT_OWNER, Role.WORKSPACE_ADMIN).contains(role)));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1}: allowed={2}")
    @MethodSource("rolesAndOperations")
    @DisplayName("only account owners and workspace administrators migrate; every member lists tasks")
    void matrix(Role role, Operation operation, boolean allowed) {
        Actor alice = Migration.governedBy(rules(role, edition(Edition.ENTERPRISE))).as(ALICE);
        InMemoryWorkspace workspace = source();
        Runnable attempt = switch (operation) {
            case EXPORT -> () -> alice.export(workspace).full().to(new ByteArrayOutputStream());
            case IMPORT -> () -> {
                try (MigrationPackage pkg = Migration.export(workspace).full().toPackage()) {
                    alice.importPackage(pkg).into(InMemoryWorkspace.empty()).run();
                }
            };
            case LIST_TASKS -> () -> alice.tasks(workspace.info(), TaskQuery.all());
        };
        if (allowed) {
            assertDoesNotThrow(attempt::run);
        } else {
            AccessDeniedException e = assertThrows(AccessDeniedException.class, attempt::run);
            assertEquals(operation, e.operation());
            assertTrue(e.getMessage().contains("'alice'") && e.getMessage().contains("in-memory"), e.getMessage());
        }
    }

    @Test
    @DisplayName("a non-member is refused even the task list")
    void nonMember() {
        Actor mallory = Migration.governedBy(rules(Role.ACCOUNT_OWNER, edition(Edition.ENTERPRISE))).as(Principal.of("mallory"));
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> mallory.tasks(source().info(), TaskQuery.all()));
        assertTrue(e.getMessage().contains("not a member"), e.getMessage());
    }

    @Test
    @DisplayName("a denied export never reads the source")
    void deniedExportReadsNothing() {
        Workspace source = mock(Workspace.class);
        when(source.info()).thenReturn(InMemoryWorkspace.DEFAULT_INFO);
        Actor visitor = Migration.governedBy(rules(Role.VISITOR, edition(Edition.ENTERPRISE))).as(ALICE);
        assertThrows(AccessDeniedException.class, () -> visitor.export(source).full().to(new ByteArrayOutputStream()));
        verify(source).info();
        verifyNoMoreInteractions(source);
    }

    @Test
    @DisplayName("64 concurrent exports on Basic for one tenant: exactly 10 succeed, 54 exceed the quota")
    void quotaUnderConcurrency() throws Exception {
        Governance governance = rules(Role.WORKSPACE_ADMIN, edition(Edition.BASIC));
        Actor alice = Migration.governedBy(governance).as(ALICE);
        InMemoryWorkspace workspace = source();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    alice.export(workspace).full().to(new ByteArrayOutputStream());
                    return true;
                } catch (QuotaExceededException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int succeeded = 0;
        for (Future<Boolean> result : results) {
            succeeded += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(10, succeeded);
        assertEquals(10, governance.history().query(TaskQuery.all().withStatus(TaskStatus.SUCCEEDED)).total());
    }

    @Test
    @DisplayName("a failed export does not count against the quota and is recorded as failed")
    void failedExportReleases() {
        Governance governance = rules(Role.WORKSPACE_ADMIN, QuotaGuard.of(
                QuotaPolicy.of(Edition.BASIC).withExportPackagesPerTenant(Limit.atMost(1)), QuotaLedger.inMemory()));
        Actor alice = Migration.governedBy(governance).as(ALICE);
        var broken = dev.assetmigration.testkit.FaultInjectingWorkspace.wrap(source(),
                dev.assetmigration.testkit.FaultInjectingWorkspace.Fault.failOnRead(1));
        assertThrows(RuntimeException.class, () -> alice.export(broken).full().to(new ByteArrayOutputStream()));
        assertDoesNotThrow(() -> alice.export(source()).full().to(new ByteArrayOutputStream()));
        TaskPage page = alice.tasks(InMemoryWorkspace.DEFAULT_INFO, TaskQuery.all());
        assertEquals(2, page.total());
        assertEquals(List.of(TaskStatus.SUCCEEDED, TaskStatus.FAILED).stream().sorted().toList(),
                page.tasks().stream().map(TaskRecord::status).sorted().toList());
        TaskRecord failed = alice.tasks(InMemoryWorkspace.DEFAULT_INFO, TaskQuery.all().withStatus(TaskStatus.FAILED)).tasks().get(0);
        assertTrue(failed.failureMessage().contains("Injected fault"), failed.failureMessage());
    }

    @Test
    @DisplayName("a successful export is recorded with its principal, package and counts")
    void historyOfSuccess() {
        Governance governance = rules(Role.ACCOUNT_OWNER, edition(Edition.ENTERPRISE));
        Actor alice = Migration.governedBy(governance).as(ALICE);
        try (MigrationPackage pkg = alice.export(source()).full().toPackage()) {
            TaskRecord task = governance.history().query(TaskQuery.all().ofKind(TaskKind.EXPORT)).tasks().get(0);
            assertEquals(TaskStatus.SUCCEEDED, task.status());
            assertEquals(ALICE, task.principal());
            assertEquals(pkg.manifest().packageId().toString(), task.packageId());
            assertEquals(Map.of("AD_HOC_QUERY", 1L), task.counts());
            assertTrue(task.packageBytes() > 0);
        }
    }

    @Test
    @DisplayName("an oversize package is refused before it is opened, and the target stays untouched")
    void oversizeImport() {
        Governance governance = rules(Role.WORKSPACE_ADMIN, QuotaGuard.of(
                QuotaPolicy.of(Edition.BASIC).withLocalFileImport(SourceRule.upTo(Limit.atMost(100))), QuotaLedger.inMemory()));
        InMemoryWorkspace target = InMemoryWorkspace.empty();
        WorkspaceSnapshot before = WorkspaceSnapshot.of(target);
        try (MigrationPackage pkg = Migration.export(source()).full().toPackage()) {
            PackageTooLargeException e = assertThrows(PackageTooLargeException.class,
                    () -> Migration.governedBy(governance).as(ALICE).importPackage(pkg).into(target).run());
            assertEquals(100, e.limit());
        }
        before.assertUnchanged(target);
    }

    @Test
    @DisplayName("automatic deploy on Basic is refused before any write")
    void autoDeployOnBasic() {
        InMemoryWorkspace target = InMemoryWorkspace.empty();
        try (MigrationPackage pkg = Migration.export(source()).full().toPackage()) {
            assertThrows(EditionFeatureException.class, () -> Migration.governedBy(rules(Role.WORKSPACE_ADMIN,
                    edition(Edition.BASIC))).as(ALICE).importPackage(pkg).into(target).deploy().run());
        }
        assertEquals(0, target.size());
    }

    @Test
    @DisplayName("a remote package is refused on Basic before the host's opener is called, and imported on Professional")
    void remotePackages() throws Exception {
        try (MigrationPackage pkg = Migration.export(source()).full().toPackage()) {
            java.util.concurrent.atomic.AtomicInteger opened = new java.util.concurrent.atomic.AtomicInteger();
            RemotePackage remote = new RemotePackage(java.net.URI.create("oss://exports/sales.zip"),
                    java.nio.file.Files.size(pkg.path()), uri -> {
                        opened.incrementAndGet();
                        return java.nio.file.Files.newInputStream(pkg.path());
                    });
            InMemoryWorkspace target = InMemoryWorkspace.empty();
            assertThrows(PackageSourceNotAllowedException.class, () -> Migration.governedBy(rules(Role.WORKSPACE_ADMIN,
                    edition(Edition.BASIC))).as(ALICE).importPackage(remote).into(target).run());
            assertEquals(0, opened.get());
            Migration.governedBy(rules(Role.WORKSPACE_ADMIN, edition(Edition.PROFESSIONAL))).as(ALICE)
                    .importPackage(remote).into(target).run();
            assertEquals(1, opened.get());
            assertEquals(1, target.size());
        }
    }

    @Test
    @DisplayName("a remote package that yields more bytes than its declared size is refused")
    void remoteSizeLie() throws Exception {
        try (MigrationPackage pkg = Migration.export(source()).full().toPackage()) {
            RemotePackage lying = new RemotePackage(java.net.URI.create("oss://exports/sales.zip"), 10,
                    uri -> java.nio.file.Files.newInputStream(pkg.path()));
            InMemoryWorkspace target = InMemoryWorkspace.empty();
            assertThrows(dev.assetmigration.pkg.PackageLimitException.class,
                    () -> Migration.importPackage(lying).into(target).run());
            assertEquals(0, target.size());
        }
    }
}
