package dev.assetmigration.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.Migration;
import dev.assetmigration.error.MigrationException;
import dev.assetmigration.model.AdHocQuery;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.Resource;
import dev.assetmigration.pkg.PackageReader;
import dev.assetmigration.spi.AssetProvider;
import dev.assetmigration.spi.AssetQuery;
import dev.assetmigration.spi.Workspace;
import dev.assetmigration.testkit.InMemoryWorkspace;
import dev.assetmigration.testkit.fixtures.AssetFixtures;
import dev.assetmigration.workspace.DirectoryWorkspace;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Many threads at once, bounded in time by timeouts (never by timing assertions): exports from
 * one in-memory workspace while writers change it, and imports into one directory workspace.
 *
 * <p>Every asset carries its <em>version</em> twice — in the extension {@code gen} and in its code
 * or bytes — so an asset that mixes two versions ("half-written") is caught, whatever order the
 * threads ran in.
 */
@DisplayName("Concurrency: exports stay consistent under writes, imports into one directory never interleave")
class ConcurrencyTest {

    private static final int QUERIES = 30;
    private static final int RESOURCES = 10;

    @TempDir
    Path dir;

    /** An ad-hoc query whose code and extension both say version {@code gen}. */
    private static Asset query(int i, int gen) {
        return AssetFixtures.adHocQuery("q" + i).id("q-" + i).folder("queries")
                .extension("gen", Integer.toString(gen)).code("SELECT " + gen + " AS gen; -- " + "x".repeat(gen % 50)).build();
    }

    /** A resource whose size and every byte follow from {@code gen}, and whose extension says it. */
    private static Asset resource(int i, int gen) {
        byte[] bytes = new byte[2_000 + (gen % 97) * 31];
        Arrays.fill(bytes, (byte) gen);
        return AssetFixtures.resource("r" + i).id("r-" + i).folder("files").fileName("r" + i + ".bin")
                .extension("gen", Integer.toString(gen)).content(bytes).build();
    }

    /** Checks that one exported asset is whole: its content is of the version its extension names. */
    private static void assertWhole(Asset asset) {
        int gen = Integer.parseInt(asset.meta().extensions().get("gen"));
        if (asset instanceof AdHocQuery q) {
            assertTrue(q.code().startsWith("SELECT " + gen + " AS gen;"), () -> asset.ref() + " mixes versions: " + q.code());
        } else if (asset instanceof Resource r) {
            byte[] bytes;
            try (InputStream in = r.content().open()) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertEquals(2_000 + (gen % 97) * 31, bytes.length, () -> asset.ref() + " size is not of version " + gen);
            for (byte b : bytes) {
                assertEquals((byte) gen, b, () -> asset.ref() + " bytes are not of version " + gen);
            }
        }
    }

    @Test
    @DisplayName("6 threads export 20 times each while 2 threads update, create and delete assets: every package verifies, is complete, and every asset is whole")
    void exportsWhileWriting(TestReporter reporter) {
        List<Asset> seed = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            seed.add(query(i, 0));
        }
        for (int i = 0; i < RESOURCES; i++) {
            seed.add(resource(i, 0));
        }
        InMemoryWorkspace workspace = InMemoryWorkspace.builder().assets(seed).build();
        int exporters = 6;
        int exportsEach = 20;
        AtomicBoolean exporting = new AtomicBoolean(true);
        AtomicInteger packages = new AtomicInteger();
        AtomicInteger writes = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            ExecutorService pool = Executors.newFixedThreadPool(exporters + 2);
            try {
                List<Future<?>> writers = new ArrayList<>();
                for (int w = 0; w < 2; w++) {
                    int writer = w;
                    writers.add(pool.submit(() -> {
                        int gen = 1 + writer;
                        while (exporting.get()) {
                            int i = gen % QUERIES;
                            update(workspace, AssetType.AD_HOC_QUERY, query(i, gen));
                            update(workspace, AssetType.RESOURCE, resource(gen % RESOURCES, gen));
                            // Create and delete an extra asset, so listings race with both.
                            Asset extra = query(1_000 + writer, gen);
                            workspace.provider(AssetType.AD_HOC_QUERY).write(extra);
                            workspace.provider(AssetType.AD_HOC_QUERY).delete(extra.id());
                            writes.addAndGet(4);
                            gen += 2;
                        }
                        return null;
                    }));
                }
                List<Future<?>> exports = new ArrayList<>();
                for (int e = 0; e < exporters; e++) {
                    exports.add(pool.submit(() -> {
                        for (int n = 0; n < exportsEach; n++) {
                            ByteArrayOutputStream out = new ByteArrayOutputStream();
                            Migration.export(workspace).full().to(out);
                            try (PackageReader reader = PackageReader.open(new ByteArrayInputStream(out.toByteArray()))) {
                                reader.verify();
                                try (Stream<Asset> assets = reader.assets()) {
                                    assets.forEach(ConcurrencyTest::assertWhole);
                                }
                                Set<String> ids = new HashSet<>();
                                reader.manifest().assets().forEach(a -> ids.add(a.ref().id()));
                                for (int i = 0; i < QUERIES; i++) {
                                    assertTrue(ids.contains("q-" + i), "no asset that exists throughout is missing");
                                }
                                for (int i = 0; i < RESOURCES; i++) {
                                    assertTrue(ids.contains("r-" + i), "no asset that exists throughout is missing");
                                }
                            }
                            packages.incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (Future<?> f : exports) {
                    collect(f, failures);
                }
                exporting.set(false);
                for (Future<?> f : writers) {
                    collect(f, failures);
                }
            } finally {
                pool.shutdownNow();
                assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
            }
        });
        assertTrue(failures.isEmpty(), () -> "failures: " + failures);
        assertEquals(exporters * exportsEach, packages.get());
        assertTrue(writes.get() > 0, "the workspace changed while it was exported");
        reporter.publishEntry(Map.of("packages", Integer.toString(packages.get()), "writes", Integer.toString(writes.get())));
    }

    @Test
    @DisplayName("an asset that is updated while another thread lists its type is in every listing")
    void updatedAssetIsAlwaysListed() {
        InMemoryWorkspace workspace = InMemoryWorkspace.builder().assets(query(0, 0), query(1, 0), query(2, 0)).build();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger listings = new AtomicInteger();
        List<Integer> sizes = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> writer = pool.submit(() -> {
                    for (int gen = 1; running.get(); gen++) {
                        workspace.provider(AssetType.AD_HOC_QUERY).update(query(1, gen));
                    }
                    return null;
                });
                for (int n = 0; n < 20_000; n++) {
                    try (Stream<Asset> listed = workspace.provider(AssetType.AD_HOC_QUERY).list(AssetQuery.all())) {
                        int size = (int) listed.count();
                        listings.incrementAndGet();
                        if (size != 3) {
                            sizes.add(size);
                        }
                    }
                }
                running.set(false);
                writer.get();
            } finally {
                pool.shutdownNow();
            }
        });
        assertEquals(List.of(), sizes, () -> sizes.size() + " of " + listings.get() + " listings missed the asset being updated");
    }

    private static void update(Workspace workspace, AssetType type, Asset asset) {
        AssetProvider provider = workspace.provider(type);
        provider.write(asset);
    }

    private static void collect(Future<?> future, ConcurrentLinkedQueue<Throwable> failures) throws InterruptedException {
        try {
            future.get();
        } catch (java.util.concurrent.ExecutionException e) {
            failures.add(e.getCause());
        }
    }

    /** Package {@code i}: the same twelve assets (same ids, folders and names), every one tagged {@code i}. */
    private Path taggedPackage(int tag) {
        List<Asset> assets = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            assets.add(query(i, tag));
        }
        assets.add(resource(0, tag));
        assets.add(resource(1, tag));
        try {
            return Files.write(dir.resolve("tag-" + tag + ".zip"),
                    HardeningFixtures.export(InMemoryWorkspace.builder().assets(assets).build()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tag of every asset in the workspace, by ref; all whole. */
    private static Map<String, Integer> tags(Workspace workspace) {
        Map<String, Integer> tags = new TreeMap<>();
        try (Stream<Asset> assets = workspace.assets(AssetQuery.all())) {
            assets.forEach(asset -> {
                assertWhole(asset);
                tags.put(asset.ref().toString(), Integer.parseInt(asset.meta().extensions().get("gen")));
            });
        }
        return tags;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"one shared instance", "one instance per thread"})
    @DisplayName("8 imports at once into one directory workspace, 5 rounds: each is serialised or refused, the result is always one whole package")
    void importsIntoOneDirectory(String mode, TestReporter reporter) {
        int threads = 8;
        int rounds = 5;
        List<Path> packages = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            packages.add(taggedPackage(t + 1));
        }
        IntFunction<DirectoryWorkspace> open = round -> DirectoryWorkspace.builder(dir.resolve("ws-" + round))
                .createIfMissing().durable(false).open();
        int succeeded = 0;
        int refused = 0;
        for (int round = 0; round < rounds; round++) {
            DirectoryWorkspace shared = open.apply(round);
            int r = round;
            CountDownLatch start = new CountDownLatch(1);
            ConcurrentLinkedQueue<Integer> winners = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
            AtomicInteger refusedThisRound = new AtomicInteger();
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                try {
                    List<Future<?>> futures = new ArrayList<>();
                    for (int t = 0; t < threads; t++) {
                        int tag = t + 1;
                        Path pkg = packages.get(t);
                        futures.add(pool.submit(() -> {
                            DirectoryWorkspace target = mode.startsWith("one shared") ? shared : open.apply(r);
                            start.await();
                            try {
                                HardeningFixtures.importing(pkg, target).run();
                                winners.add(tag);
                            } catch (MigrationException refusedOrRolledBack) {
                                refusedThisRound.incrementAndGet();
                            } catch (RuntimeException | Error e) {
                                unexpected.add(e);
                            }
                            return null;
                        }));
                    }
                    start.countDown();
                    for (Future<?> f : futures) {
                        f.get();
                    }
                } finally {
                    pool.shutdownNow();
                }
            });
            assertTrue(unexpected.isEmpty(), () -> "only MigrationExceptions: " + unexpected);
            assertTrue(!winners.isEmpty(), "at least one import of the round succeeds");
            succeeded += winners.size();
            refused += refusedThisRound.get();

            DirectoryWorkspace reopened = open.apply(round);
            assertEquals(List.of(), reopened.recoveredOnOpen(), "no journal is left behind");
            Map<String, Integer> tags = tags(reopened);
            assertEquals(12, tags.size(), () -> "exactly the package's assets: " + tags.keySet());
            Set<Integer> distinct = new HashSet<>(tags.values());
            assertEquals(1, distinct.size(), () -> "assets from one package only, never interleaved: " + tags);
            assertTrue(winners.contains(distinct.iterator().next()), "the content is that of an import that succeeded");
        }
        assertEquals(threads * rounds, succeeded + refused);
        reporter.publishEntry(Map.of("imports", Integer.toString(threads * rounds), "succeeded", Integer.toString(succeeded),
                "refused", Integer.toString(refused)));
    }
}
