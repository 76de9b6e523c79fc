package dev.assetmigration.bench;

import dev.assetmigration.model.Asset;
import dev.assetmigration.model.Content;
import dev.assetmigration.pkg.AssetFile;
import dev.assetmigration.pkg.AssetLayout;
import dev.assetmigration.pkg.Manifest;
import dev.assetmigration.pkg.PackageReader;
import dev.assetmigration.pkg.PackageWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import dev.assetmigration.Migration;
import dev.assetmigration.export.ExportReport;
import dev.assetmigration.imports.ImportReport;
import dev.assetmigration.testkit.InMemoryWorkspace;

/**
 * Writing and reading a package of {@code assets} SQL tasks (~2 KB each), against the raw cost
 * of the same bytes in the same run:
 * <ul>
 *   <li>{@code writeRaw}: the package's entries (same names, same bytes, precomputed) written with
 *       JDK {@link ZipOutputStream} at the default level, SHA-256 of every entry;</li>
 *   <li>{@code writePackage}: {@link PackageWriter} from the assets (JSON, checksums, manifest);</li>
 *   <li>{@code readRaw}: the package file read with JDK {@link ZipFile}, SHA-256 of every entry;</li>
 *   <li>{@code readPackage}: {@link PackageReader#open} plus {@link PackageReader#verify()}, which
 *       parses every descriptor and checks every entry's size and SHA-256;</li>
 *   <li>{@code exportPipeline}: the whole export through the fluent API, from an in-memory
 *       workspace holding the same assets to a package file (listing, filters, external
 *       references, cycle check, writing);</li>
 *   <li>{@code importPipeline}: the whole import through the fluent API into an empty in-memory
 *       workspace (integrity check, plan, Bean Validation of every asset, dependency order,
 *       writes).</li>
 * </ul>
 * Each invocation handles the whole package, so the mode is single-shot time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class PackageBenchmark {

    private static final java.time.Clock FIXED = java.time.Clock.fixed(Workload.HEADER.createdAt(), java.time.ZoneOffset.UTC);

    @Param("100000")
    public int assets;

    private List<Asset> workload;
    private List<String> names;
    private List<byte[]> bytes;
    private Path dir;
    private Path pkg;
    private InMemoryWorkspace source;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        workload = new ArrayList<>(assets);
        names = new ArrayList<>(assets * 2);
        bytes = new ArrayList<>(assets * 2);
        for (int i = 0; i < assets; i++) {
            Asset asset = Workload.task(i);
            workload.add(asset);
            for (AssetFile file : AssetLayout.files(asset)) {
                names.add(file.path());
                bytes.add(readAll(file.content()));
            }
        }
        dir = Files.createTempDirectory("am-bench");
        pkg = dir.resolve("package.zip");
        writePackage();
        source = InMemoryWorkspace.builder().info(Workload.HEADER.source()).assets(workload).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    private static byte[] readAll(Content content) throws IOException {
        try (InputStream in = content.open()) {
            return in.readAllBytes();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private OutputStream sink(String name) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(dir.resolve(name)), 64 * 1024);
    }

    @Benchmark
    public long writeRaw(Blackhole hole) throws IOException {
        MessageDigest sha = sha256();
        try (ZipOutputStream zip = new ZipOutputStream(sink("raw.zip"))) {
            for (int i = 0; i < names.size(); i++) {
                byte[] entry = bytes.get(i);
                zip.putNextEntry(new ZipEntry(names.get(i)));
                sha.update(entry);
                zip.write(entry);
                zip.closeEntry();
                hole.consume(sha.digest());
            }
        }
        return Files.size(dir.resolve("raw.zip"));
    }

    @Benchmark
    public Manifest writePackage() throws IOException {
        try (OutputStream out = sink("package.zip"); PackageWriter writer = PackageWriter.open(out, Workload.HEADER)) {
            for (Asset asset : workload) {
                writer.write(asset);
            }
            return writer.finish();
        }
    }

    @Benchmark
    public long readRaw(Blackhole hole) throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (ZipFile zip = new ZipFile(pkg.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                try (InputStream in = zip.getInputStream(entries.nextElement())) {
                    int n;
                    while ((n = in.read(buffer)) >= 0) {
                        sha.update(buffer, 0, n);
                        total += n;
                    }
                }
                hole.consume(sha.digest());
            }
        }
        return total;
    }

    @Benchmark
    public Manifest readPackage() {
        try (PackageReader reader = PackageReader.open(pkg, ScaleCheck.LARGE)) {
            reader.verify();
            return reader.manifest();
        }
    }

    @Benchmark
    public ExportReport exportPipeline() {
        return Migration.export(source).full().clock(FIXED).toPackage(dir.resolve("exported.zip"));
    }

    @Benchmark
    public ImportReport importPipeline() {
        return Migration.importPackage(pkg).into(InMemoryWorkspace.builder().withoutTransactions().build()).run();
    }

    /**
     * Runs this benchmark from an IDE or with {@code java -cp benchmarks.jar}.
     *
     * @param args ignored
     * @throws Exception if JMH fails
     */
    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(new String[] {PackageBenchmark.class.getSimpleName()});
    }
}
