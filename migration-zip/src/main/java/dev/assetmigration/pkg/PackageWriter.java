package dev.assetmigration.pkg;

import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.Content;
import dev.assetmigration.pkg.internal.ByteContent;
import dev.assetmigration.pkg.internal.CompactAssetList;
import dev.assetmigration.pkg.internal.DescriptorCodec;
import dev.assetmigration.pkg.internal.Digests;
import dev.assetmigration.pkg.internal.EntryNames;
import dev.assetmigration.pkg.internal.ManifestCodec;
import dev.assetmigration.pkg.internal.NonClosingOutputStream;
import dev.assetmigration.pkg.internal.PathSet;
import dev.assetmigration.pkg.internal.References;
import dev.assetmigration.spi.Tombstone;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Streams assets into a migration package, one at a time, in bounded memory per asset.
 *
 * <pre>{@code
 * PackageHeader header = PackageHeader.full(workspace.info(), clock.instant(), true);
 * try (OutputStream out = Files.newOutputStream(path);
 *      PackageWriter writer = PackageWriter.open(out, header)) {
 *     assets.forEach(writer::write);
 *     writer.addExternal(AssetRef.of(AssetType.DATA_SOURCE, "ds-1"), "prod_mysql", "");
 *     Manifest manifest = writer.finish();
 * }
 * }</pre>
 *
 * <p>Each asset becomes a JSON descriptor plus its code or bytes ({@link AssetLayout}); a
 * resource's bytes are copied through one bounded buffer and hashed (SHA-256) on the way.
 * Data-source secrets are replaced by placeholders {@code <dataSourceName>.<key>} before anything
 * is written. {@link #finish()} writes {@code manifest.json} (and {@code manifest.sig} when the
 * options carry a signer) and returns the manifest.
 *
 * <p>Output is reproducible: the same header and the same assets in the same order give
 * byte-identical packages (fixed entry times, fixed JSON field order, a package id derived from
 * the content). The writer never closes the stream it was given. A writer that was closed
 * without {@code finish()}, or whose write failed, leaves a package without manifest, which every
 * reader rejects. Not thread-safe.
 */
public final class PackageWriter implements AutoCloseable {

    /** Every entry's modification time: 2000-01-01T00:00 local (DOS) time, on any machine. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private static final UUID NO_ID = new UUID(0, 0);

    /** The manifest is mostly hex digests and paths; fast deflate loses little on it. */
    private static final int MANIFEST_LEVEL = 1;

    private enum State { OPEN, FINISHED, FAILED, CLOSED }

    private final BufferedOutputStream sink;
    private final ZipArchiveOutputStream zip;
    private final PackageHeader header;
    private final WriterOptions options;
    private final MessageDigest sha = Digests.sha256();
    private final MessageDigest contentDigest = Digests.sha256();
    private final long entryTime;
    private final CompactAssetList assets = new CompactAssetList();
    private PathSet paths = new PathSet();
    private final List<Tombstone> tombstones = new ArrayList<>();
    private final List<UnsupportedAsset> unsupported = new ArrayList<>();
    private final List<ExternalAsset> external = new ArrayList<>();
    private byte @Nullable [] buffer;
    private @Nullable Instant highWaterMark;
    private State state = State.OPEN;

    private PackageWriter(OutputStream out, PackageHeader header, WriterOptions options) {
        this.header = header;
        this.options = options;
        this.sink = new BufferedOutputStream(new NonClosingOutputStream(out), 64 * 1024);
        this.zip = new ZipArchiveOutputStream(sink);
        zip.setUseZip64(Zip64Mode.AsNeeded);
        zip.setEncoding(StandardCharsets.UTF_8.name());
        zip.setUseLanguageEncodingFlag(true);
        zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
        zip.setMethod(ZipEntry.DEFLATED);
        zip.setLevel(options.compressionLevel());
        this.entryTime = ENTRY_TIME.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    /**
     * Starts a package with default options.
     *
     * @param out where the zip goes; not closed by the writer
     * @param header the package header
     * @return the writer
     */
    public static PackageWriter open(OutputStream out, PackageHeader header) {
        return open(out, header, WriterOptions.defaults());
    }

    /**
     * Starts a package.
     *
     * @param out where the zip goes; not closed by the writer
     * @param header the package header
     * @param options listener, signer, compression
     * @return the writer
     */
    public static PackageWriter open(OutputStream out, PackageHeader header, WriterOptions options) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(options, "options");
        return new PackageWriter(out, header, options);
    }

    /**
     * Writes one asset: its descriptor, then its code or bytes. An asset that cannot be migrated
     * ({@link Asset#unsupportedReason()}) is not written but recorded as unsupported.
     *
     * @param asset the asset
     * @return the manifest record of the written asset, or empty if it was recorded as unsupported
     * @throws DuplicateEntryException if the asset maps to a file an earlier asset already wrote
     * @throws UnsafeEntryNameException if the asset's folder makes an unsafe path (an empty segment)
     * @throws ChecksumMismatchException if a resource yields another number of bytes than it declares
     * @throws PackageIoException if the output or a resource's content fails
     * @throws IllegalStateException if the writer is finished, closed or failed
     */
    public Optional<PackagedAsset> write(Asset asset) {
        Objects.requireNonNull(asset, "asset");
        requireOpen();
        Optional<String> reason = asset.unsupportedReason();
        if (reason.isPresent()) {
            addUnsupported(asset.ref(), asset.name(), asset.folder(), reason.get());
            return Optional.empty();
        }
        try {
            List<AssetFile> files = DescriptorCodec.encode(asset);
            for (AssetFile file : files) {
                EntryNames.requireSafe(file.path());
                if (paths.mayContain(file.path()) && written(file.path())) {
                    throw new DuplicateEntryException(file.path(), "in the package: asset " + asset.ref()
                            + " maps to the same file as an earlier asset (same type, folder and name);"
                            + " rename one of them or export them separately");
                }
            }
            List<PackageEntry> entries = new ArrayList<>(files.size());
            for (AssetFile file : files) {
                entries.add(writeEntry(asset.ref(), file.path(), file.content()));
                paths.add(file.path());
            }
            PackagedAsset record = new PackagedAsset(asset.ref(), asset.name(), asset.folder(),
                    asset.meta().dependencies(), entries);
            assets.add(record);
            ManifestCodec.digest(contentDigest, record);
            Instant modified = asset.meta().modifiedAt();
            if (highWaterMark == null || modified.isAfter(highWaterMark)) {
                highWaterMark = modified;
            }
            options.listener().assetWritten(record);
            return Optional.of(record);
        } catch (RuntimeException e) {
            state = State.FAILED;
            throw e;
        }
    }

    /** Every entry: deflated, the fixed time, the size when known ({@code -1} when not). */
    private ZipArchiveEntry newEntry(String path, long size) {
        ZipArchiveEntry entry = new ZipArchiveEntry(path);
        entry.setMethod(ZipEntry.DEFLATED);
        if (size >= 0) {
            entry.setSize(size);
        }
        entry.setTime(entryTime);
        return entry;
    }

    /** Confirms a possible duplicate name against the names really written (rarely needed). */
    private boolean written(String path) {
        for (PackagedAsset asset : assets) {
            for (PackageEntry entry : asset.entries()) {
                if (entry.path().equals(path)) {
                    return true;
                }
            }
        }
        return false;
    }

    private PackageEntry writeEntry(AssetRef owner, String path, Content content) {
        long declared = content.size();
        long count = 0;
        try {
            zip.putArchiveEntry(newEntry(path, declared));
            if (content instanceof ByteContent bytes) {
                sha.update(bytes.bytes());
                zip.write(bytes.bytes());
                count = bytes.bytes().length;
            } else {
                count = copy(owner, path, content, declared);
            }
            if (count != declared) {
                throw new ChecksumMismatchException(path, ChecksumMismatchException.Kind.SIZE, String.valueOf(declared),
                        count > declared ? "more than " + declared : String.valueOf(count));
            }
            zip.closeArchiveEntry();
        } catch (IOException e) {
            throw new PackageIoException(path, "writing the package", e);
        } catch (UncheckedIOException e) {
            throw new PackageIoException(path, "writing the package", e.getCause());
        }
        return new PackageEntry(path, count, Digests.hex(sha.digest()));
    }

    private long copy(AssetRef owner, String path, Content content, long declared) throws IOException {
        byte[] buf = buffer;
        if (buf == null) {
            buf = new byte[options.bufferSize()];
            buffer = buf;
        }
        long count = 0;
        try (InputStream in = content.open()) {
            int n;
            // Read at most one byte past the declared size, so a lying content is caught without copying it all.
            while (count <= declared && (n = in.read(buf, 0, (int) Math.min(buf.length, declared - count + 1))) >= 0) {
                sha.update(buf, 0, n);
                zip.write(buf, 0, n);
                count += n;
                options.listener().bytesWritten(owner, path, count);
            }
        }
        return count;
    }

    /**
     * Records that an asset was deleted in the source.
     *
     * @param tombstone the deletion
     */
    public void addTombstone(Tombstone tombstone) {
        Objects.requireNonNull(tombstone, "tombstone");
        requireOpen();
        tombstones.add(tombstone);
    }

    /**
     * Records an asset that was left out because it cannot be migrated.
     *
     * @param ref its reference
     * @param name its name
     * @param folder its folder
     * @param reason why it cannot be migrated
     */
    public void addUnsupported(AssetRef ref, String name, String folder, String reason) {
        requireOpen();
        unsupported.add(new UnsupportedAsset(ref, name, folder, reason));
    }

    /**
     * Records a stub for an asset that packaged assets depend on but that is not included.
     *
     * @param ref its reference
     * @param name its name
     * @param folder its folder
     */
    public void addExternal(AssetRef ref, String name, String folder) {
        requireOpen();
        external.add(new ExternalAsset(ref, name, folder));
    }

    /**
     * Completes the package: checks that every dependency resolves, writes
     * {@code manifest.json} (and {@code manifest.sig} if signing), and the zip's central
     * directory. The writer's stream is flushed, not closed.
     *
     * @return the manifest as written
     * @throws DanglingReferenceException if a dependency is neither packaged, external,
     *     unsupported nor deleted; the package is then left unfinished
     * @throws PackageIoException if the output fails
     */
    public Manifest finish() {
        requireOpen();
        try {
            assets.freeze();
            paths = new PathSet();  // no more writes: release the table before the reference check
            References.check(assets, external, unsupported, tombstones);
            Instant mark = highWaterMark != null ? highWaterMark : header.since();
            Manifest draft = new Manifest(FormatVersion.CURRENT, NO_ID, header.createdAt(), header.exportMode(),
                    header.since(), mark, header.source(), header.deletionsCovered(), assets, tombstones, unsupported,
                    external);
            // The id is derived from everything the manifest records (assets were digested as they were written).
            ManifestCodec.digestRest(contentDigest, draft);
            Manifest manifest = new Manifest(FormatVersion.CURRENT, Digests.uuidOf(contentDigest.digest()), draft.createdAt(),
                    draft.exportMode(), draft.since(), draft.highWaterMark(), draft.source(), draft.deletionsCovered(),
                    draft.assets(), draft.tombstones(), draft.unsupported(), draft.external());
            zip.setLevel(MANIFEST_LEVEL);
            PackageEntry manifestEntry = writeEntry(null, AssetLayout.MANIFEST, -1, out -> ManifestCodec.write(manifest, out));
            PackageSigner signer = options.signer();
            if (signer != null) {
                byte[] signature = signer.signatureEntry(Digests.parseHex(manifestEntry.sha256()));
                writeEntry(null, AssetLayout.SIGNATURE, signature.length, out -> out.write(signature));
            }
            zip.finish();
            sink.flush();
            state = State.FINISHED;
            return manifest;
        } catch (IOException e) {
            state = State.FAILED;
            throw new PackageIoException(null, "finishing the package", e);
        } catch (RuntimeException e) {
            state = State.FAILED;
            throw e;
        }
    }

    @FunctionalInterface
    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes a generated entry; {@code size} is checked when known, {@code -1} when not. */
    private PackageEntry writeEntry(@Nullable AssetRef owner, String path, long size, Body body) throws IOException {
        zip.putArchiveEntry(newEntry(path, size));
        CountingSink counter = new CountingSink();
        MessageDigest digest = Digests.sha256();
        OutputStream tee = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                digest.update(b, off, len);
                counter.count += len;
                zip.write(b, off, len);
            }
        };
        body.writeTo(tee);
        if (size >= 0 && counter.count != size) {
            throw new IllegalStateException("entry " + path + " of " + owner + " wrote " + counter.count
                    + " bytes instead of " + size);
        }
        zip.closeArchiveEntry();
        return new PackageEntry(path, counter.count, Digests.hex(digest.digest()));
    }

    private static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    private void requireOpen() {
        if (state != State.OPEN) {
            throw new IllegalStateException("the package writer is " + state.name().toLowerCase(java.util.Locale.ROOT)
                    + "; open a new writer for another package");
        }
    }

    /**
     * Releases the writer. After {@link #finish()} this only frees resources; before, it
     * abandons the package (the output then lacks a manifest). Never closes the caller's stream.
     */
    @Override
    public void close() {
        State before = state;
        if (before == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        try {
            zip.close();
        } catch (IOException | RuntimeException e) {
            if (before == State.FINISHED) {
                throw e instanceof IOException io ? new PackageIoException(null, "closing the package", io) : (RuntimeException) e;
            }
            // An abandoned package is invalid anyway (it has no manifest); nothing more to report.
        }
    }
}
