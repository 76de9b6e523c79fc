package dev.assetmigration.hardening;

import dev.assetmigration.error.MigrationException;
import dev.assetmigration.hardening.CraftedZip.Entry;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.pkg.ChecksumMismatchException;
import dev.assetmigration.pkg.CorruptPackageException;
import dev.assetmigration.pkg.DanglingReferenceException;
import dev.assetmigration.pkg.DescriptorException;
import dev.assetmigration.pkg.DuplicateEntryException;
import dev.assetmigration.pkg.ManifestException;
import dev.assetmigration.pkg.MissingEntryException;
import dev.assetmigration.pkg.PackageHeader;
import dev.assetmigration.pkg.PackageLimitException;
import dev.assetmigration.pkg.PackageWriter;
import dev.assetmigration.pkg.UnlistedEntryException;
import dev.assetmigration.pkg.UnsafeEntryNameException;
import dev.assetmigration.pkg.UnsupportedFormatVersionException;
import dev.assetmigration.testkit.InMemoryWorkspace;
import dev.assetmigration.testkit.fixtures.AssetFixtures;
import dev.assetmigration.validation.DependencyCycleException;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bad-input corpus: every way a package can be hostile or broken that the reader and the
 * importer know about, each generated at test time from one sound package exported by
 * {@link HardeningFixtures#source()}. {@code src/test/resources/bad-packages/README.md} has a line
 * per case; {@link BadPackageCorpusTest} keeps the two in step.
 *
 * <p>Each case names the {@link MigrationException} subtype it must end in and a text the
 * message must contain: the entry, the manifest, or — for faults of the whole archive — the
 * package file name ({@link #FILE}) or the limit.
 */
final class BadPackages {

    /** Stands for the package file's name in {@link BadPackage#named()}. */
    static final String FILE = "<file>";

    /**
     * One crafted package.
     *
     * @param id the case id, as in the README
     * @param expected the exception the read (or, for {@code importOnly}, the import) must end in
     * @param named what the message must mention; {@link #FILE} for the package file name
     * @param importOnly the package is sound as a package and only the import's validation rejects it
     * @param writer writes the package into a file
     */
    record BadPackage(String id, Class<? extends MigrationException> expected, String named, boolean importOnly,
            Consumer<Path> writer) {
        @Override
        public String toString() {
            return id;
        }

        Path write(Path dir) {
            Path file = dir.resolve(id + ".zip");
            writer.accept(file);
            return file;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final byte[] good;
    private final String taskDescriptor;
    private final String taskCode;
    private final String resourceFile;
    private final List<BadPackage> cases = new ArrayList<>();

    private BadPackages() {
        good = HardeningFixtures.export(HardeningFixtures.source());
        List<String> task = HardeningFixtures.entriesOf(good, HardeningFixtures.taskRef());
        taskDescriptor = task.get(0);
        taskCode = task.get(1);
        resourceFile = HardeningFixtures.entriesOf(good, HardeningFixtures.resourceRef()).get(1);
        names();
        listing();
        archive();
        bombs();
        zip64();
        manifest();
        references();
    }

    /** The sound package every case is made from. */
    static byte[] good() {
        return new BadPackages().good;
    }

    /** All cases. */
    static List<BadPackage> all() {
        return List.copyOf(new BadPackages().cases);
    }

    // ------------------------------------------------------------------ helpers

    private void add(String id, Class<? extends MigrationException> expected, String named, Supplier<byte[]> bytes) {
        cases.add(new BadPackage(id, expected, named, false, file -> write(file, bytes.get())));
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] withExtra(Entry extra) {
        return CraftedZip.rewrite(good, entries -> entries.add(0, extra));
    }

    private byte[] changed(String name, Consumer<Entry> change) {
        return CraftedZip.rewrite(good, entries -> change.accept(CraftedZip.find(entries, name)));
    }

    private byte[] manifestTree(Consumer<ObjectNode> edit) {
        return CraftedZip.editManifestTree(good, edit);
    }

    private byte[] version(String version) {
        return manifestTree(m -> m.put("formatVersion", version));
    }

    private static ObjectNode firstAsset(ObjectNode manifest) {
        return (ObjectNode) manifest.get("assets").get(0);
    }

    private static byte[] cut(byte[] zip, long length) {
        return Arrays.copyOf(zip, (int) length);
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    // ------------------------------------------------------------------ cases

    private void names() {
        String[][] unsafe = {
            {"name-dotdot", "../evil.sh"},
            {"name-dotdot-nested", "assets/../../etc/cron.d/evil"},
            {"name-backslash-dotdot", "..\\..\\evil.bat"},
            {"name-absolute", "/etc/passwd"},
            {"name-drive-letter", "C:/Windows/System32/evil.dll"},
            {"name-drive-relative", "c:evil.txt"},
            {"name-unc-slashes", "//server/share/evil.sh"},
            {"name-unc-backslashes", "\\\\server\\share\\evil.sh"},
            {"name-dot-segment", "assets/./evil.sh"},
            {"name-empty-segment", "assets//evil.sh"},
            {"name-nul-byte", "assets/evil.sh\u0000.txt"},
        };
        for (String[] c : unsafe) {
            add(c[0], UnsafeEntryNameException.class, c[1], () -> withExtra(Entry.deflated(c[1], HardeningFixtures.utf8("x"))));
        }
        // Percent-encoded and look-alike dots are literal names: safe, but not in the manifest.
        add("name-percent-encoded-dotdot", UnlistedEntryException.class, "%2e%2e/%2e%2e/evil.sh",
                () -> withExtra(Entry.deflated("%2e%2e/%2e%2e/evil.sh", HardeningFixtures.utf8("x"))));
        add("name-one-dot-leader-lookalike", UnlistedEntryException.class, "\u2024\u2024/evil.sh",
                () -> withExtra(Entry.deflated("\u2024\u2024/evil.sh", HardeningFixtures.utf8("x"))));
        add("name-dotdot-in-manifest-only", UnsafeEntryNameException.class, "../../evil.sql",
                () -> manifestTree(m -> {
                    for (JsonNode asset : m.get("assets")) {
                        for (JsonNode entry : asset.get("entries")) {
                            if (entry.get("path").asString().equals(taskCode)) {
                                ((ObjectNode) entry).put("path", "../../evil.sql");
                            }
                        }
                    }
                }));
        add("name-dotdot-in-descriptor-code-file", UnsafeEntryNameException.class, "../../../etc/passwd",
                () -> CraftedZip.editListedJson(good, taskDescriptor,
                        d -> ((ObjectNode) d.get("definition")).put("codeFile", "../../../etc/passwd")));
        add("name-invalid-utf8", CorruptPackageException.class, FILE,
                () -> withExtra(Entry.rawName(new byte[] {'a', 's', 's', 'e', 't', 's', '/', (byte) 0xC3, 0x28, '.', 's', 'q', 'l'},
                        HardeningFixtures.utf8("x"))));
        add("name-invalid-utf8-without-flag", CorruptPackageException.class, FILE, () -> {
            Entry entry = Entry.rawName(new byte[] {'a', 's', 's', 'e', 't', 's', '/', (byte) 0xC3, 0x28, '.', 's', 'q', 'l'},
                    HardeningFixtures.utf8("x"));
            entry.flags = 0; // no language-encoding flag: the bytes are still decoded as UTF-8, the reader's charset
            return withExtra(entry);
        });
        add("name-overlong-utf8-dotdot", CorruptPackageException.class, FILE,
                () -> withExtra(Entry.rawName(new byte[] {(byte) 0xC0, (byte) 0xAE, (byte) 0xC0, (byte) 0xAE, '/', 'e', 'v', 'i', 'l'},
                        HardeningFixtures.utf8("x"))));
        add("symlink-entry-unlisted", UnlistedEntryException.class, "assets/RESOURCE/lib/link",
                () -> withExtra(Entry.stored("assets/RESOURCE/lib/link", HardeningFixtures.utf8("../../../../etc/passwd"))
                        .externalAttributes(CraftedZip.S_IFLNK | 0777)));
        add("symlink-entry-replacing-resource", ChecksumMismatchException.class, resourceFile,
                () -> CraftedZip.rewrite(good, entries -> entries.replaceAll(e -> e.name().equals(resourceFile)
                        ? Entry.stored(resourceFile, HardeningFixtures.utf8("/etc/shadow")).externalAttributes(CraftedZip.S_IFLNK | 0777)
                        : e)));
    }

    private void listing() {
        add("duplicate-entry", DuplicateEntryException.class, taskCode,
                () -> CraftedZip.rewrite(good, entries -> entries.add(Entry.deflated(taskCode, HardeningFixtures.utf8("DROP TABLE x;")))));
        add("missing-entry", MissingEntryException.class, taskCode,
                () -> CraftedZip.rewrite(good, entries -> entries.removeIf(e -> e.name().equals(taskCode))));
        add("unlisted-entry", UnlistedEntryException.class, "assets/RESOURCE/extra.sh",
                () -> withExtra(Entry.deflated("assets/RESOURCE/extra.sh", HardeningFixtures.utf8("rm -rf /\n"))));
        add("checksum-lie", ChecksumMismatchException.class, taskCode, () -> changed(taskCode, e -> {
            byte[] data = e.data();
            data[0] ^= 0x20;
            Entry replaced = Entry.deflated(taskCode, data);
            e.stored = replaced.stored;
            e.crc = replaced.crc;
        }));
        add("size-lie-central-directory", ChecksumMismatchException.class, taskCode,
                () -> changed(taskCode, e -> e.declareSizes(e.size + 1, e.stored.length)));
        add("size-lie-longer-data", ChecksumMismatchException.class, taskCode, () -> changed(taskCode, e -> {
            byte[] longer = Arrays.copyOf(e.data(), (int) e.size + 4096);
            Entry replaced = Entry.deflated(taskCode, longer);
            long declared = e.size; // the headers keep the recorded size: a lie the reader must not believe
            e.stored = replaced.stored;
            e.crc = replaced.crc;
            e.declareSizes(declared, replaced.stored.length);
        }));
        add("size-lie-shorter-data", ChecksumMismatchException.class, taskCode, () -> changed(taskCode, e -> {
            Entry replaced = Entry.deflated(taskCode, Arrays.copyOf(e.data(), (int) e.size / 2));
            long declared = e.size;
            e.stored = replaced.stored;
            e.crc = replaced.crc;
            e.declareSizes(declared, replaced.stored.length);
        }));
        add("deflate-stream-garbage", CorruptPackageException.class, taskCode, () -> changed(taskCode, e -> {
            byte[] garbage = e.stored.clone();
            Arrays.fill(garbage, (byte) 0xFF);
            e.stored = garbage;
        }));
        add("manifest-missing", ManifestException.class, "manifest.json",
                () -> CraftedZip.rewrite(good, entries -> entries.removeIf(e -> e.name().equals("manifest.json"))));
    }

    private void archive() {
        add("empty-file", CorruptPackageException.class, FILE, () -> new byte[0]);
        add("not-a-zip", CorruptPackageException.class, FILE, () -> HardeningFixtures.utf8("name,owner\nload_orders,alice\n"));
        add("truncated-in-local-header", CorruptPackageException.class, FILE, () -> cut(good, 10));
        add("truncated-in-entry-data", CorruptPackageException.class, FILE,
                () -> cut(good, CraftedZip.Layout.of(good).firstDataStart() + 5));
        add("truncated-in-central-directory", CorruptPackageException.class, FILE,
                () -> cut(good, CraftedZip.Layout.of(good).centralStart() + 20));
        add("truncated-in-end-record", CorruptPackageException.class, FILE,
                () -> cut(good, CraftedZip.Layout.of(good).endStart() + 12));
        add("truncated-one-byte-short", CorruptPackageException.class, FILE, () -> cut(good, good.length - 1));
    }

    private void bombs() {
        String bomb = "assets/RESOURCE/lib/bomb.bin";
        add("bomb-ratio-declared", PackageLimitException.class, bomb,
                () -> withExtra(Entry.bomb(bomb, new byte[0], (byte) 0, 8L << 20)));
        add("bomb-ratio-headers-lie", ChecksumMismatchException.class, resourceFile, () -> CraftedZip.rewrite(good, entries -> {
            Entry original = CraftedZip.find(entries, resourceFile);
            Entry b = Entry.bomb(resourceFile, original.data(), (byte) 0, 64L << 20);
            b.declareSizes(original.size, b.stored.length); // claims the recorded size; inflates to 64 MiB
            entries.replaceAll(e -> e.name().equals(resourceFile) ? b : e);
        }));
        add("bomb-manifest-ratio", PackageLimitException.class, "manifest.json", () -> CraftedZip.rewrite(good, entries -> {
            Entry manifest = CraftedZip.find(entries, "manifest.json");
            byte[] text = manifest.data();
            byte[] head = Arrays.copyOf(text, text.length - 2); // before the closing "}\n"
            Entry b = Entry.bomb("manifest.json", head, (byte) ' ', 300L << 20);
            entries.replaceAll(e -> e.name().equals("manifest.json") ? b : e);
        }));
        for (long declared : new long[] {700_000L, 3_000_000_000L}) {
            String id = "bomb-compressed-size-overstated-" + (declared < 1_000_000 ? "700k" : "3g");
            add(id, CorruptPackageException.class, resourceFile, () -> compressedSizeLie(declared));
        }
        // 1,000,001 empty entries (about 80 MB), one over the default limit; written straight to the file.
        cases.add(new BadPackage("bomb-entry-count", PackageLimitException.class, "ENTRY_COUNT", false,
                file -> {
                    List<Entry> entries = CraftedZip.unpack(good);
                    Entry empty = Entry.stored("", new byte[0]);
                    for (int i = 0; i < 1_000_001; i++) {
                        Entry e = empty.copy();
                        e.name = CraftedZip.utf8("x/" + Integer.toString(i, 36));
                        entries.add(e);
                    }
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
                        CraftedZip.pack(entries, out, false);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
    }

    private void zip64() {
        add("zip64-declares-5-gib", PackageLimitException.class, taskCode,
                () -> changed(taskCode, e -> e.zip64(5L << 30, e.stored.length)));
        add("zip64-size-disagrees-with-manifest", ChecksumMismatchException.class, taskCode,
                () -> changed(taskCode, e -> e.zip64(e.size + 1, e.stored.length)));
        add("zip64-end-locator-points-nowhere", CorruptPackageException.class, FILE, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CraftedZip.pack(CraftedZip.unpack(good), out, true);
            byte[] zip = out.toByteArray();
            // The locator sits right before the 22-byte end record; its offset field is at +8.
            ByteBuffer.wrap(zip, zip.length - 22 - 20 + 8, 8).order(ByteOrder.LITTLE_ENDIAN).putLong(0x7FFF_FFFF_0000L);
            return zip;
        });
    }

    private void manifest() {
        add("manifest-not-json", ManifestException.class, "manifest.json",
                () -> CraftedZip.editManifest(good, text -> text.substring(0, text.length() / 2)));
        add("manifest-array-for-object", ManifestException.class, "manifest.json",
                () -> manifestTree(m -> m.set("source", JSON.createArrayNode().add("acme"))));
        add("manifest-object-for-array", ManifestException.class, "manifest.json",
                () -> manifestTree(m -> {
                    JsonNode entries = firstAsset(m).get("entries");
                    firstAsset(m).set("entries", JSON.createObjectNode().set("0", entries.get(0)));
                }));
        add("manifest-numbers-as-strings", ManifestException.class, "manifest.json",
                () -> manifestTree(m -> {
                    for (JsonNode asset : m.get("assets")) {
                        for (JsonNode entry : asset.get("entries")) {
                            ((ObjectNode) entry).put("size", entry.get("size").asString());
                        }
                    }
                }));
        add("manifest-root-is-array", ManifestException.class, "manifest.json",
                () -> CraftedZip.editManifest(good, text -> "[" + text + "]"));
        add("manifest-huge-declared", PackageLimitException.class, "manifest.json", () -> changed("manifest.json", e -> {
            // 300 MiB declared over 3.2 MiB really stored (the deflate stream, then bytes the inflater never
            // reaches): a plausible ratio and an honest compressed size, so only the manifest limit refuses it.
            byte[] padded = Arrays.copyOf(e.stored, 3_200_000);
            e.stored = padded;
            e.declareSizes(300L << 20, padded.length);
        }));
        add("manifest-nested-10k", ManifestException.class, "manifest.json",
                () -> CraftedZip.editManifest(good, text -> text.replaceFirst("(\"formatVersion\"\\s*:\\s*\"[^\"]*\"\\s*,)",
                        "$1\n  \"x\" : " + nested(10_000) + ",")));
        add("descriptor-nested-10k", DescriptorException.class, taskDescriptor,
                () -> CraftedZip.replaceListed(good, taskDescriptor, HardeningFixtures.utf8(CraftedZip.find(
                        CraftedZip.unpack(good), taskDescriptor).text().replaceFirst("\\{", "{\n  \"deep\" : " + nested(10_000) + ","))));
        add("version-future-major", UnsupportedFormatVersionException.class, "2.0",
                () -> version("2.0"));
        add("version-older-major", UnsupportedFormatVersionException.class, "0.9",
                () -> version("0.9"));
        add("version-overflowing-major", ManifestException.class, "manifest.json",
                () -> version("99999999999999999999.0"));
        add("version-as-number", ManifestException.class, "manifest.json",
                () -> manifestTree(m -> m.put("formatVersion", 1.0)));
    }

    private void references() {
        add("dangling-reference", DanglingReferenceException.class, "DATA_SOURCE/ds-404",
                () -> manifestTree(m -> {
                    for (JsonNode asset : m.get("assets")) {
                        for (JsonNode dependency : asset.get("dependencies")) {
                            if (dependency.get("id").asString().equals("ds-1")) {
                                ((ObjectNode) dependency).put("id", "ds-404");
                            }
                        }
                    }
                }));
        add("descriptor-disagrees-with-manifest", DescriptorException.class, taskDescriptor,
                () -> CraftedZip.editListedJson(good, taskDescriptor, d -> d.put("name", "other")));
        cases.add(new BadPackage("dependency-cycle", DependencyCycleException.class, "AUTO_TRIGGERED_TASK/a", true,
                file -> write(file, cycle())));
    }

    /**
     * The resource's file as a 64 MiB bomb (about 64 KiB deflated) that the manifest and the
     * descriptor record truthfully, while the central directory overstates the compressed size
     * as {@code declaredCompressedSize}: the ratio the reader computes is then small.
     */
    private byte[] compressedSizeLie(long declaredCompressedSize) {
        byte[] prefix = CraftedZip.find(CraftedZip.unpack(good), resourceFile).data();
        long zeros = 64L << 20;
        Entry bomb = Entry.bomb(resourceFile, prefix, (byte) 0, zeros);
        long size = prefix.length + zeros;
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sha.update(prefix);
        byte[] chunk = new byte[1 << 20];
        for (long left = zeros; left > 0; left -= chunk.length) {
            sha.update(chunk, 0, (int) Math.min(chunk.length, left));
        }
        String hex = HexFormat.of().formatHex(sha.digest());
        String descriptor = HardeningFixtures.entriesOf(good, HardeningFixtures.resourceRef()).get(0);
        byte[] recorded = CraftedZip.editListedJson(good, descriptor, d -> d.put("size", size));
        recorded = CraftedZip.editManifestTree(recorded, m -> {
            for (JsonNode asset : m.get("assets")) {
                for (JsonNode entry : asset.get("entries")) {
                    if (entry.get("path").asString().equals(resourceFile)) {
                        ((ObjectNode) entry).put("size", size).put("sha256", hex);
                    }
                }
            }
        });
        return CraftedZip.rewrite(recorded, entries -> entries.replaceAll(e -> e.name().equals(resourceFile)
                ? bomb.copy().declareSizes(size, declaredCompressedSize) : e));
    }

    /** Three tasks a → b → c → a: a sound package, but no import order exists. */
    private static byte[] cycle() {
        AssetRef a = AssetRef.of(AssetType.AUTO_TRIGGERED_TASK, "a");
        AssetRef b = AssetRef.of(AssetType.AUTO_TRIGGERED_TASK, "b");
        AssetRef c = AssetRef.of(AssetType.AUTO_TRIGGERED_TASK, "c");
        List<Asset> tasks = List.of(
                AssetFixtures.autoTask("task_a").id("a").dependsOn(b).build(),
                AssetFixtures.autoTask("task_b").id("b").dependsOn(c).build(),
                AssetFixtures.autoTask("task_c").id("c").dependsOn(a).build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PackageWriter writer = PackageWriter.open(out, PackageHeader.full(InMemoryWorkspace.DEFAULT_INFO,
                HardeningFixtures.CLOCK.instant(), true))) {
            tasks.forEach(writer::write);
            writer.finish();
        }
        return out.toByteArray();
    }
}
