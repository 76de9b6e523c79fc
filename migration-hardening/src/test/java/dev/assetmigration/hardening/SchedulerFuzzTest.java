package dev.assetmigration.hardening;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.assetmigration.Migration;
import dev.assetmigration.error.MigrationException;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.Resource;
import dev.assetmigration.schedulers.AirflowWorkspace;
import dev.assetmigration.schedulers.AzkabanWorkspace;
import dev.assetmigration.schedulers.ConversionOptions;
import dev.assetmigration.schedulers.OozieWorkspace;
import dev.assetmigration.schedulers.SchedulerWorkspace;
import dev.assetmigration.spi.AssetQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Coverage-guided fuzzing of the three scheduler readers with Jazzer, through their public entry
 * points ({@code OozieWorkspace.read}, {@code AzkabanWorkspace.read}, {@code AirflowWorkspace.read}),
 * which take a directory or an archive, followed by what a user does next: a full export of the
 * converted workspace, which reads every asset and every byte. The property: the input ends in a
 * package or in a {@link MigrationException}; never another exception, and bounded by the
 * {@link ConversionOptions} limits.
 *
 * <p>An input is a {@link #bundle bundle} of source files, readable as text so that the seed
 * corpora under {@code src/test/resources/dev/assetmigration/hardening/SchedulerFuzzTestInputs/}
 * can be read and written by hand: each file starts with a line {@code ==> relative/path <==}.
 * Text before the first such line goes to the scheduler's main file. An input that starts like a
 * zip ({@code PK\3\4}) is written as one archive and read as such.
 */
@DisplayName("Scheduler reader fuzzing: every source ends in a readable workspace or a MigrationException")
class SchedulerFuzzTest {

    static final ConversionOptions LIMITS = ConversionOptions.defaults()
            .withMaxFileBytes(256 * 1024).withMaxTotalBytes(4L << 20).withMaxFiles(64).withMaxNodes(2_000).withMaxNesting(8);

    private static final String MARKER = "==> ";
    private static final String MARKER_END = " <==";
    private static final int MAX_FILES = 32;

    @TempDir
    static Path dir;

    @FuzzTest(maxDuration = "30s")
    @DisplayName("Oozie: workflow.xml, coordinator.xml, job.properties, sub-workflows")
    void oozie(byte[] data) {
        convert(data, "workflow.xml", OozieWorkspace::read);
    }

    @FuzzTest(maxDuration = "30s")
    @DisplayName("Azkaban: .job and .properties files, Flow 2.0 .flow and .project YAML, project zips")
    void azkaban(byte[] data) {
        convert(data, "main.flow", AzkabanWorkspace::read);
    }

    @FuzzTest(maxDuration = "30s")
    @DisplayName("Airflow: serialized-DAG JSON and REST API DAG + tasks JSON")
    void airflow(byte[] data) {
        convert(data, "dag.json", AirflowWorkspace::read);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "oozie/daily-etl,        workflow.xml, OOZIE",
        "azkaban/legacy-sales,   main.flow,    AZKABAN",
        "azkaban/flow20-sales,   main.flow,    AZKABAN",
        "azkaban/legacy-sales-project-zip, main.flow, AZKABAN",
        "airflow/v1-old,         dag.json,     AIRFLOW",
        "airflow/v1-new,         dag.json,     AIRFLOW",
        "airflow/v3,             dag.json,     AIRFLOW",
        "airflow/rest-v1,        dag.json,     AIRFLOW",
        "airflow/rest-v2,        dag.json,     AIRFLOW",
    })
    @DisplayName("each sound seed converts to tasks, so the fuzzer starts from inputs that reach deep into the readers")
    void soundSeedsConvert(String seed, String mainFile, String scheduler) throws IOException {
        byte[] data;
        try (InputStream in = SchedulerFuzzTest.class.getResourceAsStream("SchedulerFuzzTestInputs/" + seed)) {
            data = Objects.requireNonNull(in, seed).readAllBytes();
        }
        Path source = write(data, mainFile);
        SchedulerWorkspace workspace = switch (scheduler) {
            case "OOZIE" -> OozieWorkspace.read(source, LIMITS);
            case "AZKABAN" -> AzkabanWorkspace.read(source, LIMITS);
            default -> AirflowWorkspace.read(source, LIMITS);
        };
        List<Asset> tasks;
        try (Stream<Asset> assets = workspace.assets(AssetQuery.all())) {
            tasks = assets.filter(a -> a.type() == AssetType.AUTO_TRIGGERED_TASK || a.type() == AssetType.MANUALLY_TRIGGERED_TASK)
                    .toList();
        }
        assertTrue(tasks.size() >= 2, seed + " converts to tasks: " + tasks.size());
        try (Stream<Asset> assets = workspace.assets(AssetQuery.all())) {
            assets.forEach(SchedulerFuzzTest::readFully);
        }
    }

    @Test
    @DisplayName("a workflow.xml with a malformed DOCTYPE is refused with a MigrationException (a fuzzing finding)")
    void malformedDoctypeIsRefused() throws IOException {
        Path source = write(finding("oozie-doctype-missing-resource"), "workflow.xml");
        assertThrows(MigrationException.class, () -> OozieWorkspace.read(source, LIMITS));
    }

    @Test
    @DisplayName("a project zip with an entry that cannot be inflated is refused when it is read (a fuzzing finding)")
    void corruptProjectZipIsRefusedUpFront() throws IOException {
        Path source = write(finding("azkaban-zip-corrupt-entry.zip"), "main.flow");
        assertThrows(MigrationException.class, () -> AzkabanWorkspace.read(source, LIMITS));
    }

    @Test
    @DisplayName("a project zip with an entry name that is not UTF-8 is refused with a MigrationException (a fuzzing finding)")
    void nonUtf8NameInProjectZipIsRefused() throws IOException {
        Path source = write(finding("azkaban-zip-non-utf8-name.zip"), "main.flow");
        assertThrows(MigrationException.class, () -> AzkabanWorkspace.read(source, LIMITS));
    }

    private static byte[] finding(String name) throws IOException {
        try (InputStream in = SchedulerFuzzTest.class.getResourceAsStream("findings/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        }
    }

    private static void convert(byte[] data, String mainFile, BiFunction<Path, ConversionOptions, ? extends SchedulerWorkspace> read) {
        Path source = write(data, mainFile);
        try {
            SchedulerWorkspace workspace = read.apply(source, LIMITS);
            workspace.report();
            // What a user does next: export the converted assets, which reads every one and every byte.
            Migration.export(workspace).full().to(OutputStream.nullOutputStream());
        } catch (MigrationException expected) {
            // the property holds: a clear, typed refusal
        }
    }

    private static void readFully(Asset asset) {
        asset.meta().path();
        if (asset instanceof Resource resource) {
            try (InputStream in = resource.content().open()) {
                in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes the input into a fresh source directory (or archive) and returns what to read. */
    private static Path write(byte[] data, String mainFile) {
        try {
            Path root = dir.resolve("source");
            clear(root);
            Files.createDirectories(root);
            if (data.length >= 4 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4) {
                return Files.write(dir.resolve("source.zip"), data);
            }
            for (Map.Entry<String, byte[]> file : bundle(data, mainFile).entrySet()) {
                Path target = root.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splits an input into files. Names are kept only when they are plain relative paths (letters,
     * digits, {@code . _ -}, at most four segments of at most 100 characters, no {@code .} or
     * {@code ..}, not both a file and a directory): the fuzzer explores what the readers do with
     * file contents, not what the file system does with odd names.
     */
    static Map<String, byte[]> bundle(byte[] data, String mainFile) {
        String text = new String(data, StandardCharsets.ISO_8859_1); // one char per byte, lossless
        Map<String, byte[]> files = new LinkedHashMap<>();
        String name = mainFile;
        StringBuilder content = new StringBuilder();
        boolean named = false; // the main file before the first marker counts only when it has content
        int pos = 0;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            int next = end < 0 ? text.length() : end + 1;
            String line = text.substring(pos, end < 0 ? text.length() : end);
            if (line.startsWith(MARKER) && line.endsWith(MARKER_END) && line.length() > MARKER.length() + MARKER_END.length()) {
                if (named || content.length() > 0) {
                    put(files, name, content);
                }
                named = true;
                name = line.substring(MARKER.length(), line.length() - MARKER_END.length());
                content.setLength(0);
            } else {
                content.append(text, pos, next);
            }
            pos = next;
        }
        if (named || content.length() > 0) {
            put(files, name, content);
        }
        return files;
    }

    private static void put(Map<String, byte[]> files, String name, CharSequence content) {
        boolean plain = name.matches("[A-Za-z0-9_.-]{1,100}(/[A-Za-z0-9_.-]{1,100}){0,3}")
                && Stream.of(name.split("/")).noneMatch(s -> s.equals(".") || s.equals(".."));
        // A name that is also a directory of another file cannot be written; the first one wins.
        boolean clash = files.keySet().stream().anyMatch(other -> other.startsWith(name + "/") || name.startsWith(other + "/"));
        if (plain && !clash && files.size() < MAX_FILES) {
            files.put(name, content.toString().getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static void clear(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
