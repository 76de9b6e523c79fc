package dev.assetmigration.bench;

import dev.assetmigration.Migration;
import dev.assetmigration.imports.ImportReport;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.pkg.PackageWriter;
import dev.assetmigration.spi.AssetProvider;
import dev.assetmigration.spi.AssetQuery;
import dev.assetmigration.spi.Workspace;
import dev.assetmigration.spi.WorkspaceInfo;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * Imports a package of {@code assets} SQL tasks into a target that counts writes and keeps
 * nothing, so that the heap measured is the importer's own (plan, references, undo log), not the
 * target's. Run it with a small heap:
 * <pre>
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar dev.assetmigration.bench.ImportMemoryCheck 100000
 * </pre>
 */
public final class ImportMemoryCheck {

    private ImportMemoryCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args the number of assets (default 100000)
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        int assets = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("am-import-memory");
        Path pkg = dir.resolve("package.zip");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(pkg), 64 * 1024);
                PackageWriter writer = PackageWriter.open(out, Workload.HEADER)) {
            for (int i = 0; i < assets; i++) {
                writer.write(Workload.task(i));
            }
            writer.finish();
        }
        CountingTarget target = new CountingTarget();
        long start = System.nanoTime();
        ImportReport report = Migration.importPackage(pkg).into(target).readLimits(ScaleCheck.LARGE).run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "imported %d assets (%d writes) in %d ms with -Xmx%d MiB; heap pools' peak sum %d MiB%n",
                report.items().size(), target.writes.sum(), millis, Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
        Files.delete(pkg);
        Files.delete(dir);
    }

    /** Accepts every write and keeps nothing: lookups find nothing, creates return what they got. */
    private static final class CountingTarget implements Workspace {
        final LongAdder writes = new LongAdder();

        @Override
        public WorkspaceInfo info() {
            return new WorkspaceInfo("bench", "bench", "local", "counting-target");
        }

        @Override
        public Set<AssetType> supportedTypes() {
            return EnumSet.allOf(AssetType.class);
        }

        @Override
        public AssetProvider provider(AssetType type) {
            return new AssetProvider() {
                @Override
                public AssetType type() {
                    return type;
                }

                @Override
                public Stream<Asset> list(AssetQuery query) {
                    return Stream.empty();
                }

                @Override
                public Optional<Asset> findById(String id) {
                    return Optional.empty();
                }

                @Override
                public Optional<Asset> findByName(String folder, String name) {
                    return Optional.empty();
                }

                @Override
                public Asset create(Asset asset) {
                    writes.increment();
                    return asset;
                }

                @Override
                public Asset update(Asset asset) {
                    writes.increment();
                    return asset;
                }

                @Override
                public boolean delete(String id) {
                    return false;
                }
            };
        }
    }
}
