package dev.assetmigration.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.Migration;
import dev.assetmigration.export.DependencyMode;
import dev.assetmigration.export.ExportReport;
import dev.assetmigration.export.Selector;
import dev.assetmigration.model.Asset;
import dev.assetmigration.testkit.InMemoryWorkspace;
import dev.assetmigration.testkit.fixtures.AssetFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No clear secret ever leaves its workspace: every byte of every kind of package — the raw zip
 * and every inflated entry — and the export report are scanned for each known secret in the
 * forms a careless writer could produce (UTF-8, UTF-16, base64 in all three alignments, plain and
 * URL-safe, hex in both cases). A control case plants the secret where it is not a secret and
 * requires the scanner to find it in every form it looks for.
 */
@DisplayName("Secrets: no package and no report holds a data source's clear secret in any encoding")
class SecretLeakTest {

    private static final List<String> SECRETS = List.of(HardeningFixtures.PASSWORD, HardeningFixtures.TOKEN,
            HardeningFixtures.ACCESS_KEY);

    @TempDir
    Path dir;

    /** Every form of a secret the scan looks for, by a readable name. */
    static Map<String, byte[]> needles(String secret) {
        Map<String, byte[]> needles = new LinkedHashMap<>();
        byte[] utf8 = secret.getBytes(StandardCharsets.UTF_8);
        needles.put("utf-8", utf8);
        needles.put("utf-16le", secret.getBytes(StandardCharsets.UTF_16LE));
        needles.put("utf-16be", secret.getBytes(StandardCharsets.UTF_16BE));
        needles.put("hex", HexFormat.of().formatHex(utf8).getBytes(StandardCharsets.US_ASCII));
        needles.put("HEX", HexFormat.of().withUpperCase().formatHex(utf8).getBytes(StandardCharsets.US_ASCII));
        for (int offset = 0; offset < 3; offset++) {
            // Inside a longer encoded text, the secret's base64 depends on where it starts modulo 3: encode it
            // behind 0-2 filler bytes and keep only the characters that depend on the secret alone.
            byte[] shifted = new byte[offset + utf8.length];
            System.arraycopy(utf8, 0, shifted, offset, utf8.length);
            int skip = offset == 0 ? 0 : offset + 1;
            for (Map.Entry<String, Base64.Encoder> encoder : Map.of("base64", Base64.getEncoder(),
                    "base64url", Base64.getUrlEncoder()).entrySet()) {
                String encoded = encoder.getValue().withoutPadding().encodeToString(shifted);
                String core = encoded.substring(skip, encoded.length() - 3);
                needles.put(encoder.getKey() + "+" + offset, core.getBytes(StandardCharsets.US_ASCII));
            }
        }
        return needles;
    }

    /** Every place a needle was found, as "secret form in haystack". */
    static List<String> scan(Map<String, byte[]> haystacks) {
        List<String> hits = new ArrayList<>();
        for (String secret : SECRETS) {
            for (Map.Entry<String, byte[]> needle : needles(secret).entrySet()) {
                for (Map.Entry<String, byte[]> haystack : haystacks.entrySet()) {
                    if (indexOf(haystack.getValue(), needle.getValue()) >= 0) {
                        hits.add(secret.substring(0, 4) + "… as " + needle.getKey() + " in " + haystack.getKey());
                    }
                }
            }
        }
        return hits;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The raw zip and every entry inflated. */
    static Map<String, byte[]> haystacks(byte[] pkg) {
        Map<String, byte[]> haystacks = new LinkedHashMap<>();
        haystacks.put("the raw zip", pkg);
        for (CraftedZip.Entry entry : CraftedZip.unpack(pkg)) {
            haystacks.put(entry.name(), entry.data());
        }
        return haystacks;
    }

    record Export(String name, Function<InMemoryWorkspace, byte[]> run) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Export> exports() {
        return Stream.of(
                new Export("full export", HardeningFixtures::export),
                new Export("incremental export", ws -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    Migration.export(ws).incremental().since(Instant.parse("2000-01-01T00:00:00Z"))
                            .clock(HardeningFixtures.CLOCK).to(out);
                    return out.toByteArray();
                }),
                new Export("custom export of one task with its dependency closure", ws -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    Migration.export(ws).custom().select(Selector.folder(HardeningFixtures.TASK_FOLDER))
                            .withDependencies(DependencyMode.UPSTREAM).clock(HardeningFixtures.CLOCK).to(out);
                    return out.toByteArray();
                }),
                new Export("signed package written directly", ws -> HardeningFixtures.signedPackage(
                        HardeningFixtures.sourceAssets(), HardeningFixtures.fixedKeys())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    @DisplayName("a package holds none of the data sources' clear secrets, compressed or inflated, in any form")
    void noSecretInPackage(Export export) {
        byte[] pkg = export.run().apply(HardeningFixtures.source());
        Map<String, byte[]> haystacks = haystacks(pkg);
        assertTrue(haystacks.keySet().stream().anyMatch(n -> n.startsWith("assets/DATA_SOURCE/")),
                "the package holds the data sources whose secrets are scanned for: " + haystacks.keySet());
        assertEquals(List.of(), scan(haystacks));
    }

    @Test
    @DisplayName("the package file written to disk and the export report hold no secret either")
    void noSecretInFileOrReport() throws IOException {
        Path file = dir.resolve("export.zip");
        ExportReport report = Migration.export(HardeningFixtures.source()).full().clock(HardeningFixtures.CLOCK).toPackage(file);
        Map<String, byte[]> haystacks = haystacks(Files.readAllBytes(file));
        haystacks.put("the export report", report.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), scan(haystacks));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no spool or temporary file is left beside the package");
        }
    }

    @Test
    @DisplayName("control: the same values stored where they are not secrets are found by the scan in every form it looks for")
    void scannerFindsPlantedValues() {
        List<Asset> assets = new ArrayList<>();
        int n = 0;
        for (String secret : SECRETS) {
            for (Map.Entry<String, byte[]> needle : needles(secret).entrySet()) {
                // A property is not a secret: it travels. Planting each encoded form proves the scan sees it.
                String planted = needle.getKey().startsWith("utf-16")
                        ? new String(needle.getValue(), StandardCharsets.ISO_8859_1) : new String(needle.getValue(), StandardCharsets.US_ASCII);
                assets.add(AssetFixtures.resource("planted" + n).id("p-" + n++).content(planted.getBytes(StandardCharsets.ISO_8859_1)).build());
            }
        }
        byte[] pkg = HardeningFixtures.export(InMemoryWorkspace.builder().assets(assets).build());
        List<String> hits = scan(haystacks(pkg));
        for (String secret : SECRETS) {
            for (String form : needles(secret).keySet()) {
                String expected = secret.substring(0, 4) + "… as " + form + " in ";
                assertTrue(hits.stream().anyMatch(h -> h.startsWith(expected)), () -> "the scan finds " + expected);
            }
        }
    }
}
