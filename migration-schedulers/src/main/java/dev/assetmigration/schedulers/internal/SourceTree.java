package dev.assetmigration.schedulers.internal;

import dev.assetmigration.error.ProviderException;
import dev.assetmigration.model.Content;
import dev.assetmigration.schedulers.ConversionOptions;
import dev.assetmigration.schedulers.MalformedSourceException;
import dev.assetmigration.schedulers.MissingFileException;
import dev.assetmigration.schedulers.SourceLimitException;
import dev.assetmigration.schedulers.SourceLocation;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The files of a scheduler source — a directory, a zip archive or a single file — addressed by
 * normalised relative paths with {@code /} separators. Sizes and counts are checked against the
 * {@link ConversionOptions} when the tree is opened, and again while bytes are read, so a lying
 * archive header cannot get past them. Entries escaping the root ({@code ../}, absolute paths) are
 * refused. Hidden files and directories (name starting with {@code .}) are skipped.
 */
public abstract sealed class SourceTree {

    private static final int MAX_RATIO = 200;

    private final String name;
    private final String display;
    private final ConversionOptions options;
    /** Relative path to size in bytes, sorted. */
    final TreeMap<String, Long> sizes = new TreeMap<>();
    final Map<String, Instant> times = new TreeMap<>();
    private long total;

    SourceTree(String name, String display, ConversionOptions options) {
        this.name = name;
        this.display = display;
        this.options = options;
    }

    /**
     * Opens a directory, a {@code .zip} archive or a single file.
     *
     * @param path the source
     * @param options the limits
     * @return the tree
     * @throws MissingFileException if the path does not exist
     * @throws SourceLimitException if a limit is exceeded
     * @throws MalformedSourceException if an archive is corrupt or has an entry outside its root
     */
    public static SourceTree open(Path path, ConversionOptions options) {
        Path absolute = path.toAbsolutePath().normalize();
        Path fileName = absolute.getFileName();
        String baseName = fileName == null ? "source" : fileName.toString();
        if (Files.isDirectory(absolute)) {
            return new Directory(absolute, baseName, options);
        }
        if (!Files.isRegularFile(absolute)) {
            throw new MissingFileException(SourceLocation.ofFile(absolute.toString()), absolute.toString());
        }
        if (baseName.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return new Zip(absolute, baseName.substring(0, baseName.length() - 4), options);
        }
        return new Directory(absolute, baseName, options);
    }

    /**
     * Returns the source's own name: the directory name, the archive name without {@code .zip},
     * or the file name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the path that was opened, for reports.
     *
     * @return the absolute path
     */
    public String display() {
        return display;
    }

    /**
     * Returns every file, sorted.
     *
     * @return relative paths
     */
    public List<String> files() {
        return List.copyOf(sizes.keySet());
    }

    /**
     * Tells whether a file exists.
     *
     * @param relative a relative path
     * @return {@code true} if it is a file of the tree
     */
    public boolean exists(String relative) {
        return sizes.containsKey(normalise(relative));
    }

    /**
     * Returns when a file was last modified.
     *
     * @param relative the file
     * @return the modification instant, or the epoch if unknown
     */
    public Instant modifiedAt(String relative) {
        return times.getOrDefault(normalise(relative), Instant.EPOCH);
    }

    /**
     * Normalises a relative path: backslashes to slashes, {@code ./} and {@code a/../} folded.
     *
     * @param relative the path
     * @return the normalised path, or the input unchanged if it escapes the root
     */
    public static String normalise(String relative) {
        String cleaned = relative.replace('\\', '/');
        List<String> parts = new ArrayList<>();
        for (String part : cleaned.split("/")) {
            if (part.isEmpty() || ".".equals(part)) {
                continue;
            }
            if ("..".equals(part)) {
                if (parts.isEmpty()) {
                    return relative;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    /**
     * Reads a file as UTF-8 text, checking the per-file limit.
     *
     * @param relative the file
     * @param reference where the file is referenced, for the error when it is missing
     * @return the text, without a byte-order mark
     * @throws MissingFileException if the file does not exist
     * @throws SourceLimitException if the file is larger than {@code maxFileBytes}
     * @throws MalformedSourceException if the file is not UTF-8
     */
    public String readText(String relative, SourceLocation reference) {
        String path = normalise(relative);
        if (!sizes.containsKey(path)) {
            throw new MissingFileException(reference, relative);
        }
        byte[] bytes;
        try (InputStream in = openBounded(path)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ProviderException(null, "Cannot read " + path + " in " + display + ": " + e.getMessage(), e);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new MalformedSourceException(SourceLocation.ofFile(path), "the file is not UTF-8 text", e);
        }
    }

    /**
     * Returns the bytes of a file as a content that reads the source when opened.
     *
     * @param relative the file
     * @return the content
     */
    public abstract Content content(String relative);

    abstract InputStream open(String path) throws IOException;

    private InputStream openBounded(String path) throws IOException {
        long limit = options.maxFileBytes();
        if (sizes.get(path) > limit) {
            throw new SourceLimitException(SourceLocation.ofFile(path), "maxFileBytes", limit, sizes.get(path));
        }
        return new FilterInputStream(open(path)) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > limit) {
                    throw new SourceLimitException(SourceLocation.ofFile(path), "maxFileBytes", limit, read);
                }
            }
        };
    }

    void add(String path, long size, Instant time) {
        if (sizes.size() >= options.maxFiles()) {
            throw new SourceLimitException(SourceLocation.ofFile(display), "maxFiles", options.maxFiles(),
                    sizes.size() + 1L);
        }
        sizes.put(path, size);
        times.put(path, time);
        total += size;
        if (total > options.maxTotalBytes()) {
            throw new SourceLimitException(SourceLocation.ofFile(display), "maxTotalBytes", options.maxTotalBytes(), total);
        }
    }

    /**
     * Tells whether a path leaves the root: absolute, a drive letter, or more {@code ..} than
     * directories.
     *
     * @param raw the path as written
     * @return {@code true} if it escapes
     */
    public static boolean escapes(String raw) {
        String cleaned = raw.replace('\\', '/');
        if (cleaned.startsWith("/") || cleaned.matches("^[A-Za-z]:.*") || cleaned.contains("\u0000")) {
            return true;
        }
        int depth = 0;
        for (String part : cleaned.split("/")) {
            if ("..".equals(part)) {
                depth--;
                if (depth < 0) {
                    return true;
                }
            } else if (!part.isEmpty() && !".".equals(part)) {
                depth++;
            }
        }
        return false;
    }

    static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".") || "__MACOSX".equals(part)) {
                return true;
            }
        }
        return false;
    }

    /** A directory, or one plain file treated as a tree of one. */
    static final class Directory extends SourceTree {
        private final Path root;

        Directory(Path path, String name, ConversionOptions options) {
            super(name, path.toString(), options);
            if (Files.isDirectory(path)) {
                this.root = path;
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted()
                            .forEach(p -> {
                                String rel = path.relativize(p).toString().replace('\\', '/');
                                if (!hidden(rel)) {
                                    add(rel, size(p), time(p));
                                }
                            });
                } catch (IOException | UncheckedIOException e) {
                    throw new ProviderException(null, "Cannot list " + path + ": " + e.getMessage(), e);
                }
            } else {
                this.root = path.getParent();
                add(name, size(path), time(path));
            }
        }

        private static long size(Path p) {
            try {
                return Files.size(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Instant time(Path p) {
            try {
                return Files.getLastModifiedTime(p).toInstant();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Content content(String relative) {
            return Content.ofPath(root.resolve(normalise(relative)));
        }

        @Override
        InputStream open(String path) throws IOException {
            return Files.newInputStream(root.resolve(path));
        }
    }

    /** A zip archive; entries are read on demand, each read reopening the archive. */
    static final class Zip extends SourceTree {
        private final Path archive;
        private final Map<String, String> rawNames = new TreeMap<>();

        Zip(Path archive, String name, ConversionOptions options) {
            super(name, archive.toString(), options);
            this.archive = archive;
            try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
                List<? extends ZipEntry> entries = Collections.list((Enumeration<? extends ZipEntry>) zip.entries());
                for (ZipEntry entry : entries) {
                    if (entry.isDirectory()) {
                        continue;
                    }
                    String raw = entry.getName();
                    String rel = normalise(raw);
                    if (escapes(raw)) {
                        throw new MalformedSourceException(new SourceLocation(archive.getFileName().toString(), raw, 0),
                                "the archive entry points outside the archive root", null);
                    }
                    if (hidden(rel)) {
                        continue;
                    }
                    if (rawNames.put(rel, raw) != null) {
                        throw new MalformedSourceException(new SourceLocation(archive.getFileName().toString(), raw, 0),
                                "the archive holds this entry twice", null);
                    }
                    long size = entry.getSize();
                    long packed = entry.getCompressedSize();
                    if (size > 1 << 20 && packed > 0 && size / packed > MAX_RATIO) {
                        throw new SourceLimitException(new SourceLocation(archive.getFileName().toString(), raw, 0),
                                "compression ratio", MAX_RATIO, size / packed);
                    }
                    add(rel, inflatedSize(zip, entry, options), entry.getLastModifiedTime() == null ? Instant.EPOCH
                            : entry.getLastModifiedTime().toInstant());
                }
            } catch (ZipException | IllegalArgumentException e) {
                // ZipFile reports an entry name that is not valid UTF-8 as IllegalArgumentException.
                throw new MalformedSourceException(SourceLocation.ofFile(archive.getFileName().toString()),
                        "the file is not a readable zip archive (" + e.getMessage() + ")", e);
            } catch (IOException e) {
                throw new ProviderException(null, "Cannot read " + archive + ": " + e.getMessage(), e);
            }
        }

        /**
         * Inflates an entry once, up front, so that a damaged archive is refused before anything
         * is converted (not when a resource is read later), and so that sizes come from the bytes
         * themselves rather than from the archive's declarations.
         */
        private long inflatedSize(ZipFile zip, ZipEntry entry, ConversionOptions options) throws IOException {
            String file = archive.getFileName().toString();
            long limit = options.maxFileBytes();
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = zip.getInputStream(entry)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                    if (total > limit) {
                        throw new SourceLimitException(new SourceLocation(file, entry.getName(), 0), "maxFileBytes", limit, total);
                    }
                }
            } catch (ZipException e) {
                throw new MalformedSourceException(new SourceLocation(file, entry.getName(), 0),
                        "the archive entry cannot be inflated (" + e.getMessage() + ")", e);
            }
            if (entry.getSize() >= 0 && entry.getSize() != total) {
                throw new MalformedSourceException(new SourceLocation(file, entry.getName(), 0),
                        "the archive entry declares " + entry.getSize() + " bytes but holds " + total, null);
            }
            return total;
        }

        @Override
        public Content content(String relative) {
            String path = normalise(relative);
            return Content.of(sizes.get(path), () -> open(path));
        }

        @Override
        InputStream open(String path) throws IOException {
            ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
            try {
                ZipEntry entry = zip.getEntry(rawNames.get(path));
                if (entry == null) {
                    throw new IOException("entry " + path + " vanished from " + archive);
                }
                return new FilterInputStream(zip.getInputStream(entry)) {
                    @Override
                    public void close() throws IOException {
                        try {
                            super.close();
                        } finally {
                            zip.close();
                        }
                    }
                };
            } catch (IOException | RuntimeException e) {
                zip.close();
                throw e;
            }
        }
    }
}
