package dev.assetmigration.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.DataSource;
import dev.assetmigration.model.Secret;
import dev.assetmigration.pkg.PackageEntry;
import dev.assetmigration.pkg.PackageReader;
import dev.assetmigration.pkg.PackagedAsset;
import dev.assetmigration.spi.Transactions;
import dev.assetmigration.workspace.DirectoryWorkspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("migration CLI")
class MigrationCliTest {

    static final Path SAMPLE = Path.of("..", SampleWorkspace.LOCATION);

    @TempDir
    static Path shared;

    static Path samplePackage;

    @TempDir
    Path dir;

    /** The outcome of one in-process run. */
    record Run(int code, String out, String err) {
    }

    static Run run(Map<String, String> env, String... args) {
        return run(env, false, args);
    }

    static Run run(Map<String, String> env, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MigrationCli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, terminal);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(Map.of(), args);
    }

    @BeforeAll
    static void exportSample() {
        samplePackage = shared.resolve("sample.zip");
        Run export = run("export", "--workspace", SAMPLE.toString(), "--full", "--out", samplePackage.toString(), "--quiet");
        assertEquals(0, export.code(), export.err());
    }

    static Set<String> assetsOf(Path pkg) {
        try (PackageReader reader = PackageReader.open(pkg)) {
            return reader.manifest().assets().stream().map(a -> a.ref().type() + " " + a.folder() + "/" + a.name())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Nested
    @DisplayName("export")
    class Export {

        @Test
        @DisplayName("writes every asset of the sample workspace and prints a summary table")
        void full() {
            Path out = dir.resolve("full.zip");
            Run run = run("export", "--workspace", SAMPLE.toString(), "--full", "--out", out.toString());
            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().contains("FULL export") && run.out().contains("AUTO_TRIGGERED_TASK"), run.out());
            assertEquals(SampleWorkspace.assets().size() - 1, assetsOf(out).size(), "every asset but the Data Quality node");
        }

        @Test
        @DisplayName("reports the Data Quality node as unsupported, in the JSON items")
        void unsupportedReported() {
            Run run = run("export", "--workspace", SAMPLE.toString(), "--full", "--out", dir.resolve("p.zip").toString(),
                    "--json", "--quiet");
            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().contains("\"name\":\"check_order_detail\",\"folder\":\"sales/daily\",\"outcome\":\"UNSUPPORTED\""),
                    run.out());
        }

        @Test
        @DisplayName("pulls in the upstream tasks and referenced assets of a selection with --with-dependencies")
        void withDependencies() {
            Path out = dir.resolve("custom.zip");
            Run run = run("export", "--workspace", SAMPLE.toString(), "--select", "name:build_order_detail",
                    "--with-dependencies", "--out", out.toString(), "--quiet");
            assertEquals(0, run.code(), run.err());
            Set<String> exported = assetsOf(out);
            assertTrue(exported.contains("AUTO_TRIGGERED_TASK sales/daily/sync_orders"), exported.toString());
            assertTrue(exported.contains("AUTO_TRIGGERED_TASK sales/daily/start_sales"), exported.toString());
            assertTrue(exported.contains("FUNCTION udf/normalize_city") && exported.contains("RESOURCE libs/retail_udf"),
                    exported.toString());
            assertFalse(exported.contains("AUTO_TRIGGERED_TASK sales/daily/publish_report"), "downstream stays out");
        }

        @Test
        @DisplayName("writes byte-identical packages when SOURCE_DATE_EPOCH fixes the clock")
        void reproducible() throws IOException {
            Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1767225600");
            Path first = dir.resolve("a.zip");
            Path second = dir.resolve("b.zip");
            assertEquals(0, run(env, "export", "--workspace", SAMPLE.toString(), "--full", "--out", first.toString(), "-q").code());
            assertEquals(0, run(env, "export", "--workspace", SAMPLE.toString(), "--full", "--out", second.toString(), "-q").code());
            assertEquals(-1, Files.mismatch(first, second));
        }

        @Test
        @DisplayName("exits 2 with a usage message when no export method is chosen")
        void noMethod() {
            Run run = run("export", "--workspace", SAMPLE.toString(), "--out", dir.resolve("x.zip").toString());
            assertEquals(2, run.code());
            assertTrue(run.err().contains("Choose exactly one export method"), run.err());
            assertTrue(run.err().contains("migration export --help"), run.err());
        }

        @Test
        @DisplayName("exits 2 on a malformed selector")
        void badSelector() {
            Run run = run("export", "--workspace", SAMPLE.toString(), "--select", "colour:red", "--out", dir.resolve("x.zip").toString());
            assertEquals(2, run.code());
            assertTrue(run.err().contains("unknown kind 'colour'"), run.err());
        }

        @Test
        @DisplayName("exits 1 with one error paragraph and no stack trace when the workspace does not exist")
        void missingWorkspace() {
            Run run = run("export", "--workspace", dir.resolve("nowhere").toString(), "--full", "--out", dir.resolve("x.zip").toString());
            assertEquals(1, run.code());
            assertTrue(run.err().startsWith("error AM-DIR-002: "), run.err());
            assertFalse(run.err().contains("\tat "), "no stack trace without --verbose");
        }

        @Test
        @DisplayName("prints the stack trace with --verbose")
        void verbose() {
            Run run = run("export", "--workspace", dir.resolve("nowhere").toString(), "--full", "--out",
                    dir.resolve("x.zip").toString(), "--verbose");
            assertEquals(1, run.code());
            assertTrue(run.err().contains("\tat "), run.err());
        }

        @Test
        @DisplayName("exports only the asset types named by --types")
        void types() {
            Path out = dir.resolve("resources.zip");
            Run run = run("export", "--workspace", SAMPLE.toString(), "--full", "--types", "RESOURCE,FUNCTION",
                    "--out", out.toString(), "-q");
            assertEquals(0, run.code(), run.err());
            assertTrue(assetsOf(out).stream().allMatch(a -> a.startsWith("RESOURCE ") || a.startsWith("FUNCTION ")),
                    assetsOf(out).toString());
            assertEquals(5, assetsOf(out).size());
        }

        @Test
        @DisplayName("draws a progress bar in place on stderr when it is a terminal")
        void progressBar() {
            Path copy = dir.resolve("copy");
            Run run = run(Map.of(), true, "import", samplePackage.toString(), "--workspace", copy.toString());
            assertEquals(0, run.code(), run.err());
            assertTrue(run.err().contains("\rimport [") && run.err().contains("] 32/32"), run.err());
        }

        @Test
        @DisplayName("prints plain progress lines on stderr when it is not a terminal")
        void progressLines() {
            Run run = run("export", "--workspace", SAMPLE.toString(), "--full", "--out", dir.resolve("p.zip").toString());
            assertTrue(run.err().contains("export: started") && run.err().contains("export: done"), run.err());
            assertFalse(run.err().contains("\r"), "no bar redraws off a terminal");
        }
    }

    @Nested
    @DisplayName("import")
    class Import {

        @Test
        @DisplayName("creates every packaged asset in a fresh directory, keeping secret placeholders with a warning")
        void fresh() {
            Path target = dir.resolve("copy");
            Run run = run("import", samplePackage.toString(), "--workspace", target.toString());
            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().contains("CREATED"), run.out());
            assertTrue(run.err().contains("keep unresolved secret placeholders"), run.err());
            DataSource mysql = (DataSource) DirectoryWorkspace.open(target).provider(AssetType.DATA_SOURCE)
                    .findByName("", "sales_mysql").orElseThrow();
            assertEquals(new Secret.Placeholder("sales_mysql.password"), mysql.secrets().get("password"));
        }

        @Test
        @DisplayName("writes a report whose items carry name and outcome, one per asset")
        void reportShape() throws IOException {
            Path report = dir.resolve("report.json");
            Run run = run("import", samplePackage.toString(), "--workspace", dir.resolve("copy").toString(),
                    "--report", report.toString(), "--quiet");
            assertEquals(0, run.code(), run.err());
            String json = Files.readString(report);
            assertTrue(json.startsWith("{") && json.contains("\"items\":["), json);
            assertEquals(SampleWorkspace.assets().size(), count(json, "\"outcome\":"), "one item per asset, unsupported included");
            assertTrue(json.contains("\"name\":\"check_order_detail\""), json);
            assertTrue(json.contains("\"outcome\":\"UNSUPPORTED\""), json);
        }

        @Test
        @DisplayName("writes nothing on --dry-run")
        void dryRun() {
            Path target = dir.resolve("never");
            Run run = run("import", samplePackage.toString(), "--workspace", target.toString(), "--dry-run", "-q");
            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().contains("Dry run"), run.out());
            assertFalse(Files.exists(target));
        }

        @Test
        @DisplayName("maps a data source and reports the mapping")
        void mapping() {
            Run run = run("import", samplePackage.toString(), "--workspace", dir.resolve("copy").toString(),
                    "--map-data-source", "sales_mysql=test_mysql", "--allow-unresolved-references", "-q");
            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().contains("test_mysql"), run.out());
        }

        @Test
        @DisplayName("exits 1 naming the conflict when the target has the assets and the policy is fail")
        void conflict() {
            Path target = dir.resolve("copy");
            assertEquals(0, run("import", samplePackage.toString(), "--workspace", target.toString(), "-q").code());
            Run again = run("import", samplePackage.toString(), "--workspace", target.toString(), "-q");
            assertEquals(1, again.code());
            assertTrue(again.err().startsWith("error AM-"), again.err());
        }

        @Test
        @DisplayName("skips existing assets with --on-conflict skip")
        void skip() {
            Path target = dir.resolve("copy");
            assertEquals(0, run("import", samplePackage.toString(), "--workspace", target.toString(), "-q").code());
            Run again = run("import", samplePackage.toString(), "--workspace", target.toString(), "--on-conflict", "skip", "-q");
            assertEquals(0, again.code(), again.err());
            assertTrue(again.out().contains("SKIPPED") && !again.out().contains("CREATED "), again.out());
        }

        @Test
        @DisplayName("exits 2 on an unknown conflict policy")
        void badPolicy() {
            Run run = run("import", samplePackage.toString(), "--workspace", dir.resolve("c").toString(), "--on-conflict", "merge");
            assertEquals(2, run.code());
            assertTrue(run.err().contains("--on-conflict 'merge'"), run.err());
        }

        @Test
        @DisplayName("fails at once, naming the lock holder, while another import holds the workspace lock")
        void locked() {
            Path target = dir.resolve("locked");
            DirectoryWorkspace holder = DirectoryWorkspace.builder(target).createIfMissing().open();
            try (Transactions.Transaction tx = holder.capability(Transactions.class).orElseThrow().begin()) {
                Run run = run("import", samplePackage.toString(), "--workspace", target.toString(), "-q");
                assertEquals(1, run.code());
                assertTrue(run.err().startsWith("error AM-DIR-001: "), run.err());
                assertTrue(run.err().contains("pid " + ProcessHandle.current().pid()), run.err());
                tx.rollback();
            }
            assertTrue(DirectoryWorkspace.open(target).provider(AssetType.AUTO_TRIGGERED_TASK)
                    .list(dev.assetmigration.spi.AssetQuery.all()).findAny().isEmpty(), "nothing was written");
        }

        @Test
        @DisplayName("refuses automatic deployment under --edition basic")
        void basicEditionRefusesDeploy() {
            Run run = run("import", samplePackage.toString(), "--workspace", dir.resolve("c").toString(), "--deploy",
                    "--edition", "basic", "-q");
            assertEquals(1, run.code());
            assertTrue(run.err().startsWith("error AM-"), run.err());
            assertTrue(run.err().toLowerCase().contains("deploy"), run.err());
        }

        @Test
        @DisplayName("refuses an import by a developer with --as")
        void developerRefused() {
            Run run = run("import", samplePackage.toString(), "--workspace", dir.resolve("c").toString(),
                    "--as", "dave:developer", "-q");
            assertEquals(1, run.code());
            assertTrue(run.err().contains("dave"), run.err());
            assertFalse(Files.exists(dir.resolve("c").resolve("assets")), "nothing imported");
        }
    }

    @Nested
    @DisplayName("inspect")
    class Inspect {

        @Test
        @DisplayName("summarises the manifest and confirms integrity")
        void summary() {
            Run run = run("inspect", samplePackage.toString());
            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().contains("Integrity: OK") && run.out().contains("DATA_QUALITY"), run.out());
        }

        @Test
        @DisplayName("prints JSON with --json")
        void json() {
            Run run = run("inspect", samplePackage.toString(), "--json");
            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().contains("\"integrityOk\":true") && run.out().contains("\"items\":["), run.out());
        }

        @Test
        @DisplayName("exits 1 naming the damaged entry when a byte of the package is changed")
        void corrupted() throws IOException {
            Path damaged = dir.resolve("damaged.zip");
            Files.copy(samplePackage, damaged);
            PackageEntry entry;
            try (PackageReader reader = PackageReader.open(damaged)) {
                PackagedAsset resource = reader.manifest().assets().stream()
                        .filter(a -> a.ref().type() == AssetType.RESOURCE).findFirst().orElseThrow();
                entry = resource.entries().get(resource.entries().size() - 1);
            }
            byte[] bytes = Files.readAllBytes(damaged);
            int at = indexOf(bytes, entry.path().getBytes(StandardCharsets.UTF_8));
            try (RandomAccessFile file = new RandomAccessFile(damaged.toFile(), "rw")) {
                // The local header is 30 bytes plus the name; the data follows. Flip one byte of it.
                file.seek(at + entry.path().length() + 2);
                int b = file.read();
                file.seek(at + entry.path().length() + 2);
                file.write(b ^ 0xff);
            }
            Run run = run("inspect", damaged.toString());
            assertEquals(1, run.code(), run.out());
            assertTrue(run.err().startsWith("error AM-ZIP-"), run.err());
        }
    }

    @Nested
    @DisplayName("diff and round trip")
    class Diff {

        @Test
        @DisplayName("round-trips the sample workspace: package, new directory, package again, equal content")
        void roundTrip() {
            Path copy = dir.resolve("copy");
            Path again = dir.resolve("again.zip");
            assertEquals(0, run("import", samplePackage.toString(), "--workspace", copy.toString(), "-q").code());
            assertEquals(0, run("export", "--workspace", copy.toString(), "--full", "--out", again.toString(), "-q").code());
            assertEquals(assetsOf(samplePackage), assetsOf(again));
            assertEquals(checksums(samplePackage), checksums(again), "every file has the same SHA-256");
            Run diff = run("diff", samplePackage.toString(), again.toString());
            assertEquals(0, diff.code(), diff.out());
            assertTrue(diff.out().contains(" 0 changed, 0 only in"), diff.out());
        }

        @Test
        @DisplayName("compares a package with a workspace and exits 1 listing a changed asset")
        void changed() {
            Path copy = dir.resolve("copy");
            assertEquals(0, run("import", samplePackage.toString(), "--workspace", copy.toString(), "-q").code());
            DirectoryWorkspace ws = DirectoryWorkspace.open(copy);
            var query = ws.provider(AssetType.AD_HOC_QUERY).findByName("analysis", "top_customers").orElseThrow();
            ws.provider(AssetType.AD_HOC_QUERY).update(query.withMeta(query.meta().withExtensions(Map.of("reviewed", "yes"))));
            Run diff = run("diff", samplePackage.toString(), copy.toString());
            assertEquals(1, diff.code(), diff.err());
            assertTrue(diff.out().contains("~ AD_HOC_QUERY analysis/top_customers"), diff.out());
        }

        @Test
        @DisplayName("exits 2 when a side is missing from the command line")
        void missingSide() {
            assertEquals(2, run("diff", samplePackage.toString()).code());
        }
    }

    @Nested
    @DisplayName("convert")
    class Convert {

        @Test
        @DisplayName("converts an Oozie application and reports every action")
        void oozie() throws IOException {
            Path app = dir.resolve("oozie-app");
            Files.createDirectories(app);
            Files.writeString(app.resolve("workflow.xml"), """
                    <workflow-app xmlns="uri:oozie:workflow:0.5" name="daily-etl">
                      <start to="load"/>
                      <action name="load">
                        <shell xmlns="uri:oozie:shell-action:0.3">
                          <exec>load.sh</exec>
                        </shell>
                        <ok to="end"/>
                        <error to="fail"/>
                      </action>
                      <kill name="fail"><message>failed</message></kill>
                      <end name="end"/>
                    </workflow-app>
                    """);
            Path report = dir.resolve("convert.json");
            Run run = run("convert", "--from", "oozie", app.toString(), "--out", dir.resolve("oozie.zip").toString(),
                    "--report", report.toString(), "-q");
            assertEquals(0, run.code(), run.err());
            String json = Files.readString(report).replaceAll("\\s+", "");
            assertTrue(json.contains("\"items\":[") && json.contains("\"name\":\"load\""), json);
            assertTrue(json.contains("\"outcome\":\"CONVERTED\""), json);
            assertTrue(Files.exists(dir.resolve("oozie.zip")));
        }

        @Test
        @DisplayName("exits 2 on an unknown scheduler")
        void unknownScheduler() {
            Run run = run("convert", "--from", "cron", dir.toString(), "--out", dir.resolve("x.zip").toString());
            assertEquals(2, run.code());
        }
    }

    @Test
    @DisplayName("exits 2 and lists the commands when none is given")
    void noCommand() {
        Run run = run();
        assertEquals(2, run.code());
        assertTrue(run.err().contains("Missing a command"), run.err());
    }

    static Map<String, String> checksums(Path pkg) {
        try (PackageReader reader = PackageReader.open(pkg)) {
            return reader.manifest().assets().stream().flatMap(a -> a.entries().stream())
                    .collect(Collectors.toMap(PackageEntry::path, PackageEntry::sha256, (x, y) -> x, java.util.TreeMap::new));
        }
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("entry name not found in the zip");
    }
}
