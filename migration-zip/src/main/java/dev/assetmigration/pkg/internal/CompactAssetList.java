package dev.assetmigration.pkg.internal;

import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.pkg.PackageEntry;
import dev.assetmigration.pkg.PackagedAsset;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The manifest's asset records, held as compact bytes instead of objects: about 150 bytes per
 * asset instead of about 700, so a package of a million assets can be written and read in a
 * small heap. Records are appended while the list is being built and decoded on every
 * {@link #get(int)}; once {@linkplain #freeze() frozen} the list is immutable and thread-safe.
 *
 * <p>Record layout: type ordinal (1 byte), id, name, folder (strings), dependency count, per
 * dependency its type ordinal and id, entry count, per entry its path, size (var-long) and the
 * 32 raw bytes of its SHA-256. Strings are UTF-8 with a var-int length. Records never span
 * chunks.
 */
public final class CompactAssetList extends AbstractList<PackagedAsset> implements RandomAccess {

    /** Small enough never to be a humongous object in G1, which would waste up to half of it. */
    private static final int CHUNK = 128 * 1024;
    private static final AssetType[] TYPES = AssetType.values();

    private final List<byte[]> chunks = new ArrayList<>();
    private long[] positions = new long[1024];
    private int size;
    private byte[] current = new byte[0];
    private int used;
    private boolean frozen;
    private byte[] scratch = new byte[512];
    private int length;

    /** Creates an empty, growing list. */
    public CompactAssetList() {
    }

    /**
     * Appends a record.
     *
     * @param asset the record
     * @return {@code true}
     * @throws IllegalStateException once frozen
     */
    @Override
    public boolean add(PackagedAsset asset) {
        if (frozen) {
            throw new UnsupportedOperationException("the asset list is frozen");
        }
        length = 0;
        writeByte(asset.ref().type().ordinal());
        writeString(asset.ref().id());
        writeString(asset.name());
        writeString(asset.folder());
        writeVarLong(asset.dependencies().size());
        for (AssetRef dependency : asset.dependencies()) {
            writeByte(dependency.type().ordinal());
            writeString(dependency.id());
        }
        writeVarLong(asset.entries().size());
        String previous = "";
        for (PackageEntry entry : asset.entries()) {
            // Files of one asset share most of their path: store the shared prefix length and the rest.
            int shared = sharedPrefix(previous, entry.path());
            writeVarLong(shared);
            writeString(entry.path().substring(shared));
            previous = entry.path();
            writeVarLong(entry.size());
            writeBytes(Digests.parseHex(entry.sha256()));
        }
        store();
        modCount++;
        return true;
    }

    /**
     * Makes the list immutable; further {@link #add} calls fail.
     *
     * @return this list
     */
    public CompactAssetList freeze() {
        frozen = true;
        scratch = new byte[0];
        return this;
    }

    private void store() {
        if (used + length > current.length) {
            current = new byte[Math.max(CHUNK, length)];
            chunks.add(current);
            used = 0;
        }
        System.arraycopy(scratch, 0, current, used, length);
        if (size == positions.length) {
            positions = Arrays.copyOf(positions, size * 2);
        }
        positions[size++] = ((long) (chunks.size() - 1) << 32) | used;
        used += length;
    }

    private void ensure(int extra) {
        if (length + extra > scratch.length) {
            scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, length + extra));
        }
    }

    private void writeByte(int value) {
        ensure(1);
        scratch[length++] = (byte) value;
    }

    private void writeVarLong(long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        writeByte((int) v);
    }

    private static int sharedPrefix(String a, String b) {
        int max = Math.min(a.length(), b.length());
        int i = 0;
        while (i < max && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        // Never split a surrogate pair.
        return i > 0 && Character.isHighSurrogate(a.charAt(i - 1)) ? i - 1 : i;
    }

    private void writeBytes(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, scratch, length, bytes.length);
        length += bytes.length;
    }

    private void writeString(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        writeVarLong(bytes.length);
        writeBytes(bytes);
    }

    @Override
    public PackagedAsset get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size + " assets");
        }
        long position = positions[index];
        return new Decoder(chunks.get((int) (position >>> 32)), (int) position).asset();
    }

    /**
     * Decodes only the reference of a record.
     *
     * @param index the position
     * @return the record's type and id
     */
    public AssetRef refAt(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size + " assets");
        }
        long position = positions[index];
        Decoder decoder = new Decoder(chunks.get((int) (position >>> 32)), (int) position);
        return decoder.ref();
    }

    @Override
    public int size() {
        return size;
    }

    /** Reads one record; a new decoder per call keeps {@link #get(int)} thread-safe. */
    private static final class Decoder {
        private final byte[] bytes;
        private int at;

        Decoder(byte[] bytes, int at) {
            this.bytes = bytes;
            this.at = at;
        }

        AssetRef ref() {
            return new AssetRef(TYPES[bytes[at++]], string());
        }

        PackagedAsset asset() {
            AssetRef ref = ref();
            String name = string();
            String folder = string();
            int dependencyCount = (int) varLong();
            List<AssetRef> dependencies = new ArrayList<>(dependencyCount);
            for (int i = 0; i < dependencyCount; i++) {
                dependencies.add(new AssetRef(TYPES[bytes[at++]], string()));
            }
            int entryCount = (int) varLong();
            List<PackageEntry> entries = new ArrayList<>(entryCount);
            String previous = "";
            for (int i = 0; i < entryCount; i++) {
                int shared = (int) varLong();
                String path = previous.substring(0, shared) + string();
                previous = path;
                long entrySize = varLong();
                String sha = Digests.hex(Arrays.copyOfRange(bytes, at, at + 32));
                at += 32;
                entries.add(new PackageEntry(path, entrySize, sha));
            }
            return new PackagedAsset(ref, name, folder, dependencies, entries);
        }

        private long varLong() {
            long result = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[at++];
                result |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            return result;
        }

        private String string() {
            int n = (int) varLong();
            String text = new String(bytes, at, n, StandardCharsets.UTF_8);
            at += n;
            return text;
        }
    }
}
