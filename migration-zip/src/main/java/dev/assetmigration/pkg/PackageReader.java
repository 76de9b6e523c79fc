package dev.assetmigration.pkg;

import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.Content;
import dev.assetmigration.model.Resource;
import dev.assetmigration.pkg.internal.DescriptorCodec;
import dev.assetmigration.pkg.internal.EntryInputStream;
import dev.assetmigration.pkg.internal.EntryNames;
import dev.assetmigration.pkg.internal.FormatUpgrades;
import dev.assetmigration.pkg.internal.ManifestCodec;
import dev.assetmigration.pkg.internal.RefIndex;
import dev.assetmigration.pkg.internal.References;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * Opens a migration package, checks its structure, and hands its assets back lazily.
 *
 * <pre>{@code
 * try (PackageReader reader = PackageReader.open(path)) {
 *     reader.verify();                        // every entry's size and SHA-256, every reference
 *     Manifest manifest = reader.manifest();
 *     reader.assets().forEach(target::write);  // in manifest order, read on demand
 * }
 * }</pre>
 *
 * <p>Opening already rejects, each with its own exception naming the entry: a file that is
 * empty, not a zip or truncated; unsafe or duplicate entry names; more entries, more bytes or a
 * higher compression ratio than the {@link ReadLimits} allow; a missing, oversized or malformed
 * manifest or an unsupported format version; entries the manifest lists that are missing, and
 * entries it does not list. {@link #verify()} then reads every entry; call it before the first
 * write to a target. Every entry read, through {@link #assets()} too, is counted as it inflates
 * and checked against the manifest's size and SHA-256 at its end.
 *
 * <p>A reader is safe for concurrent use by several threads. Content streams of returned
 * resources read from the package and fail once the reader is closed.
 */
public final class PackageReader implements AutoCloseable {

    /** The most bytes of {@code manifest.sig} accepted. */
    private static final long MAX_SIGNATURE_BYTES = 64 * 1024;

    private final ZipFile zip;
    private final ReadLimits limits;
    private final Manifest manifest;
    private final FormatUpgrades.Upgrade upgrade;
    private final byte[] manifestSha256;
    private final @Nullable Path spooled;
    private final long packageBytes;
    private @Nullable RefIndex index;
    private volatile boolean closed;

    private PackageReader(ZipFile zip, ReadLimits limits, ManifestCodec.Parsed parsed, byte[] manifestSha256,
            @Nullable Path spooled, long packageBytes) {
        this.packageBytes = packageBytes;
        this.zip = zip;
        this.limits = limits;
        this.manifest = parsed.manifest();
        this.upgrade = parsed.upgrade();
        this.manifestSha256 = manifestSha256;
        this.spooled = spooled;
    }

    /**
     * Opens a package file with the default limits.
     *
     * @param path the package
     * @return the reader
     * @throws PackageException if the package is not structurally sound (see the class comment)
     */
    public static PackageReader open(Path path) {
        return open(path, ReadLimits.defaults());
    }

    /**
     * Opens a package file.
     *
     * @param path the package
     * @param limits the limits to enforce
     * @return the reader
     * @throws PackageException if the package is not structurally sound (see the class comment)
     */
    public static PackageReader open(Path path, ReadLimits limits) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(limits, "limits");
        return openFile(path, limits, null);
    }

    /**
     * Reads a package from a stream with the default limits, spooling it to a temporary file
     * that is deleted on {@link #close()}.
     *
     * @param in the package bytes; read to the end, not closed
     * @return the reader
     * @throws PackageException if the package is not structurally sound
     */
    public static PackageReader open(InputStream in) {
        return open(in, ReadLimits.defaults());
    }

    /**
     * Reads a package from a stream, spooling it to a temporary file in the default temporary
     * directory that is deleted on {@link #close()}.
     *
     * @param in the package bytes; read to the end, not closed
     * @param limits the limits to enforce; spooling stops once {@code maxPackageBytes} is exceeded
     * @return the reader
     * @throws PackageException if the package is not structurally sound
     */
    public static PackageReader open(InputStream in, ReadLimits limits) {
        return open(in, limits, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Reads a package from a stream, spooling it to a temporary file in the given directory that
     * is deleted on {@link #close()}, or at once if opening fails.
     *
     * @param in the package bytes; read to the end, not closed
     * @param limits the limits to enforce; spooling stops once {@code maxPackageBytes} is exceeded
     * @param spoolDirectory where the temporary file goes
     * @return the reader
     * @throws PackageException if the package is not structurally sound
     */
    public static PackageReader open(InputStream in, ReadLimits limits, Path spoolDirectory) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(spoolDirectory, "spoolDirectory");
        Path file;
        try {
            file = Files.createTempFile(spoolDirectory, "asset-migration-", ".zip");
        } catch (IOException e) {
            throw new PackageIoException(null, "creating a temporary file in " + spoolDirectory, e);
        }
        try {
            spool(in, file, limits.maxPackageBytes());
            return openFile(file, limits, file);
        } catch (RuntimeException | Error e) {
            deleteQuietly(file, e);
            throw e;
        }
    }

    private static void spool(InputStream in, Path file, long maxBytes) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > maxBytes) {
                    throw new PackageLimitException(PackageLimitException.Limit.PACKAGE_BYTES, maxBytes, total, null);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new PackageIoException(null, "spooling the package stream to " + file, e);
        }
    }

    private static void deleteQuietly(Path file, Throwable failure) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static PackageReader openFile(Path path, ReadLimits limits, @Nullable Path spooled) {
        long size;
        byte[] magic;
        try {
            size = Files.size(path);
            try (InputStream in = Files.newInputStream(path)) {
                magic = in.readNBytes(4);
            }
        } catch (IOException e) {
            throw new PackageIoException(null, "reading " + path, e);
        }
        if (size == 0) {
            throw new CorruptPackageException(CorruptPackageException.Kind.EMPTY, null, "The package file " + path
                    + " is empty (0 bytes). The export or the transfer did not complete; export it again.", null);
        }
        if (size > limits.maxPackageBytes()) {
            throw new PackageLimitException(PackageLimitException.Limit.PACKAGE_BYTES, limits.maxPackageBytes(), size, null);
        }
        boolean looksLikeZip = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K'
                && (magic[2] == 3 && magic[3] == 4 || magic[2] == 5 && magic[3] == 6);
        if (!looksLikeZip) {
            throw new CorruptPackageException(CorruptPackageException.Kind.NOT_A_ZIP, null, "The file " + path
                    + " is not a zip archive, so it is not a migration package. Check that you picked the right file.", null);
        }
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            // The JDK names a missing or broken end record "END header": the file lost its tail.
            // Anything else (a bad entry name, a damaged central directory record) is damage.
            boolean truncated = String.valueOf(e.getMessage()).contains("END header");
            throw new CorruptPackageException(truncated ? CorruptPackageException.Kind.TRUNCATED
                    : CorruptPackageException.Kind.DAMAGED, null, "The package " + path
                    + " starts like a zip but its central directory cannot be read (" + e.getMessage() + "); "
                    + (truncated ? "it was probably cut short in transfer. Copy or export it again."
                            : "it is damaged (an entry name that is not UTF-8, or a broken directory record). Export it again."),
                    e);
        } catch (IOException e) {
            throw new PackageIoException(null, "opening " + path, e);
        }
        try {
            return check(zip, limits, spooled, size);
        } catch (RuntimeException | Error e) {
            try {
                zip.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private static PackageReader check(ZipFile zip, ReadLimits limits, @Nullable Path spooled, long packageBytes) {
        if (zip.size() > limits.maxEntries()) {
            throw new PackageLimitException(PackageLimitException.Limit.ENTRY_COUNT, limits.maxEntries(), zip.size(), null);
        }
        Map<String, Long> names = new HashMap<>(zip.size() * 2);
        List<String> order = new ArrayList<>(zip.size());
        ZipEntry manifestEntry = null;
        long declaredCompressed = 0;
        try {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                declaredCompressed += Math.max(0, entry.getCompressedSize());
                if (declaredCompressed > packageBytes) {
                    // Entries cannot hold more compressed bytes than the file has: the central
                    // directory lies, perhaps to loosen the compression-ratio limit.
                    throw new CorruptPackageException(CorruptPackageException.Kind.DAMAGED, entry.getName(),
                            "The package's central directory declares more compressed bytes (at entry '" + entry.getName()
                                    + "') than the whole file holds (" + packageBytes + " bytes); the package is damaged"
                                    + " or forged. Export it again.", null);
                }
                String name = EntryNames.requireSafe(entry.getName());
                if (names.putIfAbsent(name, entry.getSize()) != null) {
                    throw new DuplicateEntryException(name, "in the zip's central directory; zip tools disagree about which"
                            + " copy wins, so the package cannot be trusted. Export it again.");
                }
                order.add(name);
                checkDeclaredRatio(entry, limits, packageBytes);
                if (name.equals(AssetLayout.MANIFEST)) {
                    manifestEntry = entry;
                }
            }
        } catch (IllegalArgumentException e) {
            throw new CorruptPackageException(CorruptPackageException.Kind.DAMAGED, null, "The package's central directory"
                    + " has an entry name that is not UTF-8 (" + e.getMessage() + "); export the package again.", e);
        }
        if (manifestEntry == null) {
            throw new ManifestException(List.of("the package has no '" + AssetLayout.MANIFEST
                    + "' at its root; it is not a migration package or it is incomplete"));
        }
        if (manifestEntry.getSize() > limits.maxManifestBytes()) {
            throw new PackageLimitException(PackageLimitException.Limit.MANIFEST_BYTES, limits.maxManifestBytes(),
                    manifestEntry.getSize(), AssetLayout.MANIFEST);
        }
        ManifestCodec.Parsed parsed;
        byte[] manifestSha;
        try (EntryInputStream in = new EntryInputStream(zip.getInputStream(manifestEntry), AssetLayout.MANIFEST,
                limits.maxManifestBytes(), PackageLimitException.Limit.MANIFEST_BYTES, compressedBound(manifestEntry, packageBytes), limits)) {
            parsed = ManifestCodec.read(in);
            in.transferTo(OutputStream.nullOutputStream());
            manifestSha = in.sha256();
        } catch (IOException e) {
            throw new PackageIoException(AssetLayout.MANIFEST, "reading the manifest", e);
        }
        crossCheck(zip, parsed.manifest(), names, order, limits);
        return new PackageReader(zip, limits, parsed, manifestSha, spooled, packageBytes);
    }

    /**
     * The most compressed bytes an entry can really have: its declared compressed size, but never
     * more than the whole package file. A central directory that overstates compressed sizes must
     * not buy an entry a larger inflation allowance under the ratio limit.
     */
    private static long compressedBound(ZipEntry entry, long packageBytes) {
        long declared = entry.getCompressedSize();
        return Math.max(1, declared < 0 ? packageBytes : Math.min(declared, packageBytes));
    }

    private static void checkDeclaredRatio(ZipEntry entry, ReadLimits limits, long packageBytes) {
        long size = entry.getSize();
        long compressed = compressedBound(entry, packageBytes);
        if (size > limits.ratioThresholdBytes() && size > limits.maxCompressionRatio() * compressed) {
            throw new PackageLimitException(PackageLimitException.Limit.COMPRESSION_RATIO, limits.maxCompressionRatio(),
                    size / compressed, entry.getName());
        }
    }

    private static void crossCheck(ZipFile zip, Manifest manifest, Map<String, Long> names, List<String> order,
            ReadLimits limits) {
        final long listedMark = Long.MIN_VALUE;
        List<String> missing = new ArrayList<>();
        long total = 0;
        for (PackagedAsset asset : manifest.assets()) {
            for (PackageEntry entry : asset.entries()) {
                String path = entry.path();
                Long declared = names.get(path);
                if (path.equals(AssetLayout.MANIFEST) || path.equals(AssetLayout.SIGNATURE)
                        || declared != null && declared == listedMark) {
                    throw new DuplicateEntryException(path, "in manifest.json (asset " + asset.ref()
                            + "); every file belongs to exactly one asset. Export the package again.");
                }
                total += entry.size();
                if (declared == null) {
                    missing.add(EntryNames.requireSafe(path));
                    continue;
                }
                // Names in the zip were checked for safety while enumerating the central directory.
                if (declared >= 0 && declared != entry.size()) {
                    throw new ChecksumMismatchException(path, ChecksumMismatchException.Kind.SIZE,
                            String.valueOf(entry.size()), String.valueOf(declared));
                }
                names.put(path, listedMark);
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingEntryException(missing);
        }
        List<String> unlisted = new ArrayList<>();
        for (String name : order) {
            long declared = names.get(name);
            boolean directory = name.endsWith("/") && declared == 0;
            if (declared != listedMark && !name.equals(AssetLayout.MANIFEST) && !name.equals(AssetLayout.SIGNATURE)
                    && !directory) {
                unlisted.add(name);
            }
        }
        if (!unlisted.isEmpty()) {
            throw new UnlistedEntryException(unlisted);
        }
        if (total > limits.maxTotalUncompressedBytes()) {
            throw new PackageLimitException(PackageLimitException.Limit.TOTAL_UNCOMPRESSED_BYTES,
                    limits.maxTotalUncompressedBytes(), total, null);
        }
    }

    /**
     * Returns the manifest, as read and checked when the package was opened.
     *
     * @return the manifest
     */
    public Manifest manifest() {
        return manifest;
    }

    /**
     * Returns the SHA-256 of the {@code manifest.json} bytes, the digest a signature covers.
     *
     * @return a copy of the 32-byte digest
     */
    public byte[] manifestSha256() {
        return manifestSha256.clone();
    }

    /**
     * Returns the assets in manifest order, each read when the stream reaches it. Code is read
     * and checked at once; a resource's bytes are read (and checked at their end) when its
     * {@link Content} is opened.
     *
     * @return the assets
     * @throws PackageException from the stream's operations when an entry fails its checks
     */
    public Stream<Asset> assets() {
        requireOpen();
        return manifest.assets().stream().map(this::readAsset);
    }

    /**
     * Reads one asset by its reference in the source workspace.
     *
     * @param ref the reference
     * @return the asset, or empty if the package does not hold it
     */
    public Optional<Asset> read(AssetRef ref) {
        Objects.requireNonNull(ref, "ref");
        requireOpen();
        int position = index().find(ref);
        return position < 0 ? Optional.empty() : Optional.of(readAsset(manifest.assets().get(position)));
    }

    private synchronized RefIndex index() {
        RefIndex result = index;
        if (result == null) {
            result = new RefIndex(manifest.assets());
            index = result;
        }
        return result;
    }

    /**
     * Checks the whole package before anything is imported: every dependency resolves (to a
     * packaged, external, unsupported or deleted asset), every descriptor parses and agrees with
     * the manifest, and every entry inflates to exactly the size and SHA-256 the manifest
     * records.
     *
     * @throws DanglingReferenceException if a dependency does not resolve
     * @throws ChecksumMismatchException if an entry's bytes differ from the manifest
     * @throws PackageException for any other problem, naming the entry
     */
    public void verify() {
        verify(asset -> { });
    }

    /**
     * Checks the whole package like {@link #verify()} and hands each asset, once verified, to a
     * visitor, so that a caller that must look at every asset anyway (an importer validating
     * them) reads the package once instead of twice. Assets arrive in manifest order; a
     * resource's content has been read to its end and checked before the resource is handed on.
     *
     * @param visitor receives every verified asset
     * @throws DanglingReferenceException if a dependency does not resolve
     * @throws ChecksumMismatchException if an entry's bytes differ from the manifest
     * @throws PackageException for any other problem, naming the entry
     */
    public void verify(java.util.function.Consumer<? super Asset> visitor) {
        requireOpen();
        References.check(manifest.assets(), manifest.external(), manifest.unsupported(), manifest.tombstones());
        byte[] buffer = new byte[64 * 1024];
        for (PackagedAsset packaged : manifest.assets()) {
            Asset asset = readAsset(packaged);
            if (asset instanceof Resource resource) {
                try (InputStream in = resource.content().open()) {
                    while (in.read(buffer) >= 0) {
                        // reading to the end runs the size and SHA-256 checks
                    }
                } catch (IOException e) {
                    throw new PackageIoException(packaged.entries().get(1).path(), "verifying the package", e);
                }
            }
            visitor.accept(asset);
        }
    }

    private Asset readAsset(PackagedAsset packaged) {
        requireOpen();
        PackageEntry descriptor = packaged.descriptor();
        byte[] json = DescriptorCodec.readAll(descriptor.path(), content(descriptor));
        Set<String> used = new HashSet<>(4);
        Asset asset = DescriptorCodec.decode(descriptor.path(), json, path -> {
            for (PackageEntry entry : packaged.entries()) {
                if (entry.path().equals(path) && entry != descriptor) {
                    used.add(path);
                    return content(entry);
                }
            }
            throw new DescriptorException(descriptor.path(), List.of("refers to file '" + path
                    + "', which manifest.json does not list among the files of asset " + packaged.ref()));
        }, upgrade);
        List<String> problems = new ArrayList<>();
        if (!asset.ref().equals(packaged.ref()) || !asset.name().equals(packaged.name())
                || !asset.folder().equals(packaged.folder())) {
            problems.add("describes " + asset.ref() + " '" + asset.meta().path() + "' but manifest.json lists "
                    + packaged.ref() + " '" + (packaged.folder().isEmpty() ? "" : packaged.folder() + "/") + packaged.name() + "'");
        }
        if (!asset.meta().dependencies().equals(packaged.dependencies())) {
            problems.add("dependencies " + asset.meta().dependencies() + " differ from manifest.json's "
                    + packaged.dependencies());
        }
        if (used.size() != packaged.entries().size() - 1) {
            problems.add("manifest.json lists " + (packaged.entries().size() - 1) + " content file(s) for "
                    + packaged.ref() + " but the descriptor uses " + used.size());
        }
        if (!problems.isEmpty()) {
            throw new DescriptorException(descriptor.path(), problems);
        }
        return asset;
    }

    private Content content(PackageEntry entry) {
        return Content.of(entry.size(), () -> {
            requireOpen();
            ZipEntry zipEntry = zip.getEntry(entry.path());
            if (zipEntry == null) {
                throw new MissingEntryException(List.of(entry.path()));
            }
            return new EntryInputStream(zip.getInputStream(zipEntry), entry, compressedBound(zipEntry, packageBytes), limits);
        });
    }

    /**
     * Returns the bytes of the {@code manifest.sig} entry, if the package is signed; used by
     * {@link PackageVerifier}.
     *
     * @return the signature entry, or empty for an unsigned package
     */
    Optional<byte[]> signatureEntry() {
        requireOpen();
        ZipEntry entry = zip.getEntry(AssetLayout.SIGNATURE);
        if (entry == null) {
            return Optional.empty();
        }
        try (EntryInputStream in = new EntryInputStream(zip.getInputStream(entry), AssetLayout.SIGNATURE,
                MAX_SIGNATURE_BYTES, PackageLimitException.Limit.MANIFEST_BYTES, compressedBound(entry, packageBytes), limits)) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new PackageIoException(AssetLayout.SIGNATURE, "reading the signature", e);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the package reader is closed");
        }
    }

    /**
     * Closes the package and deletes the spooled temporary file, if the package came from a
     * stream.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            zip.close();
        } catch (IOException e) {
            throw new PackageIoException(null, "closing the package", e);
        } finally {
            if (spooled != null) {
                try {
                    Files.deleteIfExists(spooled);
                } catch (IOException e) {
                    throw new PackageIoException(null, "deleting the temporary file " + spooled, e);
                }
            }
        }
    }
}
