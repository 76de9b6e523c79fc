package dev.assetmigration.hardening;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one crafted-zip builder of the hardening suite: writes ZIP archives byte by byte
 * (PKWARE APPNOTE 6.3), so a test can put into them whatever a hostile sender could — names that
 * are not UTF-8, {@code ../} and drive letters, duplicates, Unix symlink modes, sizes and CRCs
 * that lie, ZIP64 extra fields that disagree with everything else, deflate streams that inflate
 * a thousandfold. No ZIP library is asked for permission.
 *
 * <p>A valid package is first {@link #unpack unpacked} into mutable {@link Entry entries}; a test
 * changes them and {@link #pack packs} them again. Packing an unchanged list gives an archive
 * every reader accepts (the corpus test proves that as its control case).
 */
final class CraftedZip {

    /** Unix file type bits for a symbolic link, as stored in the upper half of external attributes. */
    static final int S_IFLNK = 0120000;

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int ZIP64_END = 0x06064b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int UTF8_FLAG = 0x0800;
    private static final long MAX32 = 0xFFFFFFFFL;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One archive entry. The stored bytes are what goes into the file; the sizes and CRC written
     * into the headers are the true ones unless a test overrides them.
     */
    static final class Entry {
        byte[] name;
        byte[] stored;
        int method;
        long size;
        long crc;
        int flags = UTF8_FLAG;
        int externalAttributes;
        int madeBy = 20;
        /** Overrides of what the central directory declares; {@code -1} keeps the truth. */
        long declaredSize = -1;
        long declaredCompressedSize = -1;
        /** Write sizes as 0xFFFFFFFF with a ZIP64 extra field in the central directory. */
        boolean zip64;
        /** Overrides of what the ZIP64 extra field declares; {@code -1} keeps the declared sizes. */
        long zip64Size = -1;
        long zip64CompressedSize = -1;

        private Entry(byte[] name, byte[] stored, int method, long size, long crc) {
            this.name = name;
            this.stored = stored;
            this.method = method;
            this.size = size;
            this.crc = crc;
        }

        /** A deflated entry holding these bytes. */
        static Entry deflated(String name, byte[] data) {
            return new Entry(utf8(name), deflate(data), ZipEntry.DEFLATED, data.length, crc(data));
        }

        /** A stored (uncompressed) entry holding these bytes. */
        static Entry stored(String name, byte[] data) {
            return new Entry(utf8(name), data.clone(), ZipEntry.STORED, data.length, crc(data));
        }

        /** A deflated entry whose name is given as raw bytes, valid UTF-8 or not. */
        static Entry rawName(byte[] name, byte[] data) {
            Entry entry = deflated("", data);
            entry.name = name.clone();
            return entry;
        }

        /**
         * A deflated entry of {@code prefix} followed by {@code count} copies of {@code filler},
         * compressed without ever holding the inflated bytes: a zip bomb.
         */
        static Entry bomb(String name, byte[] prefix, byte filler, long count) {
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CRC32 crc = new CRC32();
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, filler);
            byte[] buffer = new byte[64 * 1024];
            crc.update(prefix);
            deflater.setInput(prefix);
            drain(deflater, buffer, out);
            for (long left = count; left > 0; left -= chunk.length) {
                int n = (int) Math.min(chunk.length, left);
                crc.update(chunk, 0, n);
                deflater.setInput(chunk, 0, n);
                drain(deflater, buffer, out);
            }
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            return new Entry(utf8(name), out.toByteArray(), ZipEntry.DEFLATED, prefix.length + count, crc.getValue());
        }

        String name() {
            return new String(name, StandardCharsets.UTF_8);
        }

        /** The uncompressed bytes (inflating a deflated entry; only for small entries). */
        byte[] data() {
            return method == ZipEntry.STORED ? stored.clone() : inflate(stored);
        }

        String text() {
            return new String(data(), StandardCharsets.UTF_8);
        }

        Entry rename(String newName) {
            name = utf8(newName);
            return this;
        }

        Entry externalAttributes(int unixMode) {
            madeBy = 3 << 8 | 20; // made by Unix, so the upper half of the attributes is a mode
            externalAttributes = unixMode << 16;
            return this;
        }

        Entry declareSizes(long size, long compressedSize) {
            declaredSize = size;
            declaredCompressedSize = compressedSize;
            return this;
        }

        Entry zip64(long size, long compressedSize) {
            zip64 = true;
            zip64Size = size;
            zip64CompressedSize = compressedSize;
            return this;
        }

        Entry copy() {
            Entry copy = new Entry(name.clone(), stored, method, size, crc);
            copy.flags = flags;
            copy.externalAttributes = externalAttributes;
            copy.madeBy = madeBy;
            copy.declaredSize = declaredSize;
            copy.declaredCompressedSize = declaredCompressedSize;
            copy.zip64 = zip64;
            copy.zip64Size = zip64Size;
            copy.zip64CompressedSize = zip64CompressedSize;
            return copy;
        }
    }

    private CraftedZip() {
    }

    /** Unpacks a zip into deflated entries, in archive order. */
    static List<Entry> unpack(byte[] zip) {
        List<Entry> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.add(Entry.deflated(entry.getName(), in.readAllBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** Packs entries into a zip, exactly as they are. */
    static byte[] pack(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pack(entries, out, false);
        return out.toByteArray();
    }

    /**
     * Packs entries into a stream. ZIP64 end records are written when the entry count or an
     * offset needs them, or when {@code forceZip64End} asks for them.
     */
    static void pack(List<Entry> entries, OutputStream target, boolean forceZip64End) {
        try {
            CountingStream out = new CountingStream(target);
            long[] offsets = new long[entries.size()];
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                offsets[i] = out.count;
                ByteBuffer h = le(30 + e.name.length);
                h.putInt(LOCAL_HEADER).putShort((short) 20).putShort((short) e.flags).putShort((short) e.method)
                        .putShort((short) 0).putShort((short) 0x2821) // 2000-01-01 00:00
                        .putInt((int) e.crc).putInt((int) e.stored.length).putInt((int) e.size)
                        .putShort((short) e.name.length).putShort((short) 0).put(e.name);
                out.write(h.array());
                out.write(e.stored);
            }
            long centralStart = out.count;
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                long size = e.declaredSize >= 0 ? e.declaredSize : e.size;
                long compressed = e.declaredCompressedSize >= 0 ? e.declaredCompressedSize : e.stored.length;
                boolean bigOffset = offsets[i] >= MAX32;
                byte[] extra = new byte[0];
                if (e.zip64 || bigOffset) {
                    ByteBuffer x = le(4 + 24);
                    x.putShort((short) 0x0001).putShort((short) 24)
                            .putLong(e.zip64Size >= 0 ? e.zip64Size : size)
                            .putLong(e.zip64CompressedSize >= 0 ? e.zip64CompressedSize : compressed)
                            .putLong(offsets[i]);
                    extra = x.array();
                }
                boolean sixtyFour = e.zip64 || bigOffset;
                ByteBuffer c = le(46 + e.name.length + extra.length);
                c.putInt(CENTRAL_HEADER).putShort((short) e.madeBy).putShort((short) (sixtyFour ? 45 : 20))
                        .putShort((short) e.flags).putShort((short) e.method).putShort((short) 0).putShort((short) 0x2821)
                        .putInt((int) e.crc)
                        .putInt((int) (sixtyFour ? MAX32 : compressed)).putInt((int) (sixtyFour ? MAX32 : size))
                        .putShort((short) e.name.length).putShort((short) extra.length).putShort((short) 0)
                        .putShort((short) 0).putShort((short) 0).putInt(e.externalAttributes)
                        .putInt((int) (sixtyFour ? MAX32 : offsets[i])).put(e.name).put(extra);
                out.write(c.array());
            }
            long centralSize = out.count - centralStart;
            boolean zip64End = forceZip64End || entries.size() >= 0xFFFF || centralStart >= MAX32;
            if (zip64End) {
                long zip64EndStart = out.count;
                ByteBuffer z = le(56);
                z.putInt(ZIP64_END).putLong(44).putShort((short) 45).putShort((short) 45).putInt(0).putInt(0)
                        .putLong(entries.size()).putLong(entries.size()).putLong(centralSize).putLong(centralStart);
                out.write(z.array());
                ByteBuffer l = le(20);
                l.putInt(ZIP64_LOCATOR).putInt(0).putLong(zip64EndStart).putInt(1);
                out.write(l.array());
            }
            ByteBuffer end = le(22);
            int count = zip64End ? 0xFFFF : entries.size();
            end.putInt(END_OF_CENTRAL_DIRECTORY).putShort((short) 0).putShort((short) 0)
                    .putShort((short) count).putShort((short) count)
                    .putInt((int) (zip64End ? MAX32 : centralSize)).putInt((int) (zip64End ? MAX32 : centralStart))
                    .putShort((short) 0);
            out.write(end.array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unpacks a package, lets the change edit the entries, and packs them again. */
    static byte[] rewrite(byte[] pkg, Consumer<List<Entry>> change) {
        List<Entry> entries = unpack(pkg);
        change.accept(entries);
        return pack(entries);
    }

    /** Finds an entry by name. */
    static Entry find(List<Entry> entries, String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no entry " + name));
    }

    /** Replaces the text of {@code manifest.json}. */
    static byte[] editManifest(byte[] pkg, UnaryOperator<String> edit) {
        return rewrite(pkg, entries -> entries.replaceAll(e -> e.name().equals("manifest.json")
                ? Entry.deflated(e.name(), utf8(edit.apply(e.text()))) : e));
    }

    /**
     * Replaces the bytes of a listed entry and records their true size and SHA-256 in the
     * manifest, so the archive stays consistent and only the new content is wrong.
     */
    static byte[] replaceListed(byte[] pkg, String path, byte[] bytes) {
        byte[] replaced = rewrite(pkg, entries -> entries.replaceAll(e -> e.name().equals(path) ? Entry.deflated(path, bytes) : e));
        return editManifestTree(replaced, manifest -> {
            boolean found = false;
            for (JsonNode asset : manifest.get("assets")) {
                for (JsonNode entry : asset.get("entries")) {
                    if (entry.get("path").asString().equals(path)) {
                        ((ObjectNode) entry).put("size", bytes.length).put("sha256", sha256Hex(bytes));
                        found = true;
                    }
                }
            }
            if (!found) {
                throw new IllegalArgumentException("manifest does not list " + path);
            }
        });
    }

    /** Edits {@code manifest.json} as a JSON tree (field order kept) and writes it back. */
    static byte[] editManifestTree(byte[] pkg, Consumer<ObjectNode> edit) {
        return editManifest(pkg, text -> {
            ObjectNode root = (ObjectNode) JSON.readTree(text);
            edit.accept(root);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        });
    }

    /** Edits a JSON entry (a descriptor) as a tree, keeping the manifest's size and SHA-256 true. */
    static byte[] editListedJson(byte[] pkg, String path, Consumer<ObjectNode> edit) {
        ObjectNode root = (ObjectNode) JSON.readTree(find(unpack(pkg), path).text());
        edit.accept(root);
        return replaceListed(pkg, path, utf8(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root)));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] inflate(byte[] raw) {
        java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
        inflater.setInput(raw);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
            }
        } catch (java.util.zip.DataFormatException e) {
            throw new IllegalArgumentException(e);
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }

    private static void drain(Deflater deflater, byte[] buffer, ByteArrayOutputStream out) {
        while (!deflater.needsInput()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
    }

    private static long crc(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return crc.getValue();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Offsets of the structures of a packed archive, to cut it at chosen places. */
    record Layout(long firstDataStart, long centralStart, long endStart, long length) {
        /** Finds the structures of a zip this class packed (no comment, no ZIP64 end). */
        static Layout of(byte[] zip) {
            ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
            long end = zip.length - 22;
            if (b.getInt((int) end) != END_OF_CENTRAL_DIRECTORY) {
                throw new IllegalArgumentException("not a zip packed without comment");
            }
            long central = Integer.toUnsignedLong(b.getInt((int) end + 16));
            int nameLength = Short.toUnsignedInt(b.getShort(26));
            int extraLength = Short.toUnsignedInt(b.getShort(28));
            return new Layout(30 + nameLength + extraLength, central, end, zip.length);
        }
    }

    /**
     * Where an entry's stored (compressed) bytes lie in an archive.
     *
     * @param name the entry name from the central directory
     * @param start the offset of the first stored byte
     * @param end the offset just past the last stored byte
     */
    record Span(String name, int start, int end) {
        /** Finds the stored bytes of every entry through the central directory (no ZIP64). */
        static List<Span> of(byte[] zip) {
            ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
            Layout layout = Layout.of(zip);
            List<Span> spans = new ArrayList<>();
            int at = (int) layout.centralStart();
            while (at < layout.endStart() && b.getInt(at) == CENTRAL_HEADER) {
                int compressed = b.getInt(at + 20);
                int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
                int extraLength = Short.toUnsignedInt(b.getShort(at + 30));
                int commentLength = Short.toUnsignedInt(b.getShort(at + 32));
                int local = b.getInt(at + 42);
                String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
                int dataStart = local + 30 + Short.toUnsignedInt(b.getShort(local + 26)) + Short.toUnsignedInt(b.getShort(local + 28));
                spans.add(new Span(name, dataStart, dataStart + compressed));
                at += 46 + nameLength + extraLength + commentLength;
            }
            return spans;
        }

        boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private static final class CountingStream {
        private final OutputStream out;
        private long count;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        void write(byte[] bytes) throws IOException {
            out.write(bytes);
            count += bytes.length;
        }
    }
}
