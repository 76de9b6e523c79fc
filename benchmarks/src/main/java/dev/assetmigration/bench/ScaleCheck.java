package dev.assetmigration.bench;

import dev.assetmigration.pkg.AssetFile;
import dev.assetmigration.pkg.AssetLayout;
import dev.assetmigration.pkg.Manifest;
import dev.assetmigration.pkg.PackageReader;
import dev.assetmigration.pkg.PackageWriter;
import dev.assetmigration.pkg.ReadLimits;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes and reads one large package in a fixed heap and reports time and the heap retained per
 * asset, next to the JDK's own zip classes doing the same:
 * <pre>
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar dev.assetmigration.bench.ScaleCheck 100000
 * java -Xmx1g   -cp benchmarks/target/benchmarks.jar dev.assetmigration.bench.ScaleCheck 1000000
 * java -Xmx1g   -cp benchmarks/target/benchmarks.jar dev.assetmigration.bench.ScaleCheck read package.zip
 * </pre>
 * Retained heap is measured after full collections: for writers just before the end (what they
 * hold for the central directory and the manifest), for readers right after opening.
 */
public final class ScaleCheck {

    /** Limits for packages of millions of assets: more entries and a larger manifest than the defaults. */
    static final ReadLimits LARGE = ReadLimits.defaults().withMaxEntries(10_000_000).withMaxManifestBytes(2L << 30);

    private ScaleCheck() {
    }

    /** Opens and verifies an existing package, reporting time and retained heap; for {@code read <path>}. */
    private static void readOnly(Path pkg) throws Exception {
        long base = usedAfterGc();
        long start = System.nanoTime();
        cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        try (PackageReader reader = PackageReader.open(pkg, LARGE)) {
            long heap = usedAfterGc() - base;
            reader.verify();
            report("PackageReader open + verify", reader.manifest().assets().size(), start, heap, Files.size(pkg));
        }
    }

    /**
     * Runs the check.
     *
     * @param args the number of assets (default 100000) and optionally a directory for the files
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("read")) {
            readOnly(Path.of(args[1]));
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("am-scale");
        Path pkg = dir.resolve("scale-package.zip");
        Path raw = dir.resolve("scale-raw.zip");
        System.out.printf(Locale.ROOT, "assets=%d  max heap=%d MiB  java=%s%n", n,
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));

        // JDK ZipOutputStream writing the same entries, generated on the fly (nothing else retained).
        long base = usedAfterGc();
        long start = System.nanoTime();
        cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long rawHeap;
        try (ZipOutputStream zip = new ZipOutputStream(sink(raw))) {
            for (int i = 0; i < n; i++) {
                for (AssetFile file : AssetLayout.files(Workload.task(i))) {
                    zip.putNextEntry(new ZipEntry(file.path()));
                    try (InputStream in = file.content().open()) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
            rawHeap = usedAfterGc() - base;
        }
        report("JDK ZipOutputStream write", n, start, rawHeap, Files.size(raw));

        base = usedAfterGc();
        start = System.nanoTime();
        cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long writerHeap;
        Manifest manifest;
        try (OutputStream out = sink(pkg); PackageWriter writer = PackageWriter.open(out, Workload.HEADER)) {
            for (int i = 0; i < n; i++) {
                writer.write(Workload.task(i));
            }
            writerHeap = usedAfterGc() - base;
            manifest = writer.finish();
        }
        report("PackageWriter write", n, start, writerHeap, Files.size(pkg));

        base = usedAfterGc();
        start = System.nanoTime();
        cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        try (ZipFile zip = new ZipFile(pkg.toFile())) {
            long heap = usedAfterGc() - base;
            byte[] buffer = new byte[64 * 1024];
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                try (InputStream in = zip.getInputStream(entries.nextElement())) {
                    while (in.read(buffer) >= 0) {
                        // drain
                    }
                }
            }
            report("JDK ZipFile open + read", n, start, heap, Files.size(pkg));
        }

        base = usedAfterGc();
        start = System.nanoTime();
        cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        try (PackageReader reader = PackageReader.open(pkg, LARGE)) {
            long heap = usedAfterGc() - base;
            reader.verify();
            report("PackageReader open + verify", n, start, heap, Files.size(pkg));
            if (!reader.manifest().equals(manifest)) {
                throw new IllegalStateException("the manifest read differs from the manifest written");
            }
        }
        Files.delete(pkg);
        Files.delete(raw);
        if (args.length <= 1) {
            Files.delete(dir);
        }
    }

    private static OutputStream sink(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
    }

    private static long cpuStart;

    private static void report(String what, int n, long startNanos, long retainedHeap, long packageBytes) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        long cpuNow = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        double cpu = (cpuNow - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "%-30s wall %7.2f s  cpu %7.2f s  %8.0f assets/s (cpu)  retained heap %6.1f MiB = %5.0f B/asset"
                + "  (package %d MiB)%n", what, seconds, cpu, n / cpu, retainedHeap / 1048576.0, (double) retainedHeap / n,
                packageBytes >> 20);
    }

    private static long usedAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(30);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
