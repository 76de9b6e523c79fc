package dev.assetmigration.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.assetmigration.error.MigrationException;
import dev.assetmigration.hardening.CraftedZip.Entry;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.Resource;
import dev.assetmigration.pkg.PackageReader;
import dev.assetmigration.pkg.PackageVerifier;
import dev.assetmigration.pkg.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzzing of the package reader with Jazzer. The property of every target: the
 * input ends in success or in a {@link MigrationException} — any other exception, a hang or
 * unbounded memory is a finding. Plain {@code mvn verify} runs the seed corpora in
 * {@code src/test/resources/dev/assetmigration/hardening/PackageReaderFuzzTestInputs/<method>/}
 * as regression tests; {@code -Pfuzz} fuzzes (see {@code docs/reliability.md}).
 *
 * <p>Three targets, from the outside in: raw package bytes; a sound package whose
 * {@code manifest.json} is the input; a sound package with one descriptor replaced by the input
 * (size and SHA-256 updated, so the descriptor decoder is reached).
 */
@DisplayName("Package reader fuzzing: every input ends in success or a MigrationException")
class PackageReaderFuzzTest {

    /** Tight limits keep each input bounded in time and memory, whatever it claims. */
    static final ReadLimits LIMITS = new ReadLimits(4L << 20, 10_000, 16L << 20, 100, 64 * 1024, 1L << 20);

    private static final byte[] GOOD = HardeningFixtures.export(HardeningFixtures.source());
    private static final List<Entry> GOOD_ENTRIES = CraftedZip.unpack(GOOD);
    private static final Map<String, String> DESCRIPTOR_BY_TYPE = Stream.of(AssetType.values())
            .collect(Collectors.toMap(AssetType::name, type -> GOOD_ENTRIES.stream().map(Entry::name)
                    .filter(n -> n.startsWith("assets/" + type.name() + "/") && n.endsWith(".json"))
                    .findFirst().orElseThrow()));
    private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final KeyPair KEYS = HardeningFixtures.fixedKeys();

    @TempDir
    static Path dir;

    @FuzzTest(maxDuration = "30s")
    @DisplayName("raw package bytes, read from a stream, verified, signature checked, every asset read")
    void packageBytes(byte[] data) {
        try (PackageReader reader = PackageReader.open(new ByteArrayInputStream(data), LIMITS, dir)) {
            readAll(reader);
            PackageVerifier.ed25519(KEYS.getPublic()).verifySignature(reader);
        } catch (MigrationException expected) {
            // the property holds: a clear, typed refusal
        }
    }

    @FuzzTest(maxDuration = "30s")
    @DisplayName("a sound package whose manifest.json is the input")
    void manifest(byte[] data) {
        List<Entry> entries = GOOD_ENTRIES.stream().map(e -> e.name().equals("manifest.json")
                ? Entry.deflated("manifest.json", data) : e).toList();
        openFileAndReadAll(CraftedZip.pack(entries));
    }

    @FuzzTest(maxDuration = "30s")
    @DisplayName("a sound package with the descriptor of the input's asset type replaced by the input")
    void descriptor(byte[] data) {
        Matcher type = TYPE.matcher(new String(data, StandardCharsets.ISO_8859_1));
        String path = type.find() && DESCRIPTOR_BY_TYPE.containsKey(type.group(1))
                ? DESCRIPTOR_BY_TYPE.get(type.group(1)) : DESCRIPTOR_BY_TYPE.get(AssetType.AUTO_TRIGGERED_TASK.name());
        openFileAndReadAll(CraftedZip.replaceListed(GOOD, path, data));
    }

    @Test
    @DisplayName("the sound and the signed seed packages verify, the signed one with the fixed key, so fuzzing starts from success")
    void seedsAreSound() throws IOException {
        for (String seed : List.of("sound.zip", "signed.zip")) {
            try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("PackageReaderFuzzTestInputs/packageBytes/" + seed));
                    PackageReader reader = PackageReader.open(in, LIMITS, dir)) {
                readAll(reader);
                assertEquals(HardeningFixtures.sourceAssets().size(), reader.manifest().assets().size(), seed);
                if (seed.equals("signed.zip")) {
                    PackageVerifier.ed25519(KEYS.getPublic()).verifySignature(reader);
                }
            }
        }
    }

    private static void openFileAndReadAll(byte[] pkg) {
        Path file = dir.resolve("fuzz.zip");
        try {
            Files.write(file, pkg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (PackageReader reader = PackageReader.open(file, LIMITS)) {
            readAll(reader);
        } catch (MigrationException expected) {
            // the property holds
        }
    }

    /** Verifies, then reads every asset and every resource byte. */
    static void readAll(PackageReader reader) {
        reader.manifest();
        reader.verify();
        try (Stream<Asset> assets = reader.assets()) {
            assets.forEach(asset -> {
                asset.meta().path();
                if (asset instanceof Resource resource) {
                    try (InputStream in = resource.content().open()) {
                        in.transferTo(OutputStream.nullOutputStream());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        }
    }
}
