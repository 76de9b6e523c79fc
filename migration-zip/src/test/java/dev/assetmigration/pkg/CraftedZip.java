package dev.assetmigration.pkg;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Builds archives for bad-input tests. A valid package is unpacked into a list of
 * {@link Entry entries}, a test changes the list (adds, drops, renames, replaces bytes, edits the
 * manifest text), and the list is packed again with commons-compress, which writes whatever it
 * is given: duplicate names, {@code ../} paths, backslashes.
 */
final class CraftedZip {

    /** One archive entry: a name and its uncompressed bytes. */
    record Entry(String name, byte[] bytes) {
        static Entry text(String name, String text) {
            return new Entry(name, text.getBytes(StandardCharsets.UTF_8));
        }

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private CraftedZip() {
    }

    /** Unpacks a zip into its entries, in order. */
    static List<Entry> entries(byte[] zip) {
        List<Entry> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.add(new Entry(entry.getName(), in.readAllBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** Packs entries into a zip, as given. */
    static byte[] zip(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (Entry entry : entries) {
                ZipArchiveEntry e = new ZipArchiveEntry(entry.name());
                zip.putArchiveEntry(e);
                zip.write(entry.bytes());
                zip.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Makes a zip whose only entry is a deflated stream of {@code prefix} followed by
     * {@code count} copies of {@code filler}: a zip bomb. Deflate at level 9 shrinks 1 GiB of one
     * repeated byte to about 1 MiB.
     */
    static byte[] bomb(String name, byte[] prefix, byte filler, long count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2 * 1024 * 1024);
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            zip.setLevel(9);
            ZipArchiveEntry e = new ZipArchiveEntry(name);
            e.setSize(prefix.length + count);
            zip.putArchiveEntry(e);
            zip.write(prefix);
            byte[] chunk = new byte[1024 * 1024];
            java.util.Arrays.fill(chunk, filler);
            for (long left = count; left > 0; left -= chunk.length) {
                zip.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
            zip.closeArchiveEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Overwrites the uncompressed size an entry declares in the central directory: a lying
     * header. Sizes are the 4 bytes at offset 24 of the entry's central-directory record.
     */
    static byte[] lieAboutSize(byte[] zip, String name, int declared) {
        byte[] copy = zip.clone();
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        for (int i = copy.length - 46; i >= 0; i--) {
            if (copy[i] == 'P' && copy[i + 1] == 'K' && copy[i + 2] == 1 && copy[i + 3] == 2
                    && java.util.Arrays.equals(copy, i + 46, i + 46 + nameBytes.length, nameBytes, 0, nameBytes.length)) {
                java.nio.ByteBuffer.wrap(copy, i + 24, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(declared);
                return copy;
            }
        }
        throw new IllegalArgumentException("no central-directory record for " + name);
    }

    /** Unpacks a package, lets the change edit the entry list, and packs it again. */
    static byte[] rewrite(byte[] pkg, UnaryOperator<List<Entry>> change) {
        return zip(change.apply(entries(pkg)));
    }

    /**
     * Replaces the bytes of a listed entry and updates its size and SHA-256 in the manifest, so
     * the archive stays consistent and only the new content is wrong.
     */
    static byte[] replaceListed(byte[] pkg, String path, byte[] bytes) {
        byte[] replaced = rewrite(pkg, entries -> {
            entries.replaceAll(e -> e.name().equals(path) ? new Entry(path, bytes) : e);
            return entries;
        });
        String sha;
        try {
            sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String quoted = java.util.regex.Pattern.quote("\"path\":\"" + path + "\"");
        return editManifest(replaced, text -> text.replaceFirst(quoted + ",\"size\":\\d+,\"sha256\":\"[0-9a-f]+\"",
                java.util.regex.Matcher.quoteReplacement("\"path\":\"" + path + "\",\"size\":" + bytes.length
                        + ",\"sha256\":\"" + sha + "\"")));
    }

    /** Replaces the text of the manifest. */
    static byte[] editManifest(byte[] pkg, UnaryOperator<String> edit) {
        return rewrite(pkg, entries -> {
            entries.replaceAll(e -> e.name().equals(AssetLayout.MANIFEST) ? Entry.text(e.name(), edit.apply(e.text())) : e);
            return entries;
        });
    }
}
