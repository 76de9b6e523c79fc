package dev.assetmigration.pkg.internal;

import dev.assetmigration.pkg.UnsafeEntryNameException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one home of entry-name rules: which names are safe to read, and how asset names and
 * folder segments are encoded into safe, portable file names.
 */
public final class EntryNames {

    private static final String FORBIDDEN = "%\\/:*?\"<>|";

    private EntryNames() {
    }

    /**
     * Tells what is unsafe about an entry name: anything that could escape the extraction
     * directory or that different tools would read differently.
     *
     * @param name the entry name as stored in the zip; a trailing {@code /} marks a directory
     * @return the reason, or empty when the name is safe
     */
    public static Optional<String> unsafeReason(String name) {
        String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        if (path.isEmpty()) {
            return Optional.of("is empty");
        }
        if (path.indexOf('\\') >= 0) {
            return Optional.of("contains a backslash");
        }
        if (path.startsWith("/")) {
            return Optional.of("is an absolute path");
        }
        if (path.length() >= 2 && path.charAt(1) == ':' && isAsciiLetter(path.charAt(0))) {
            return Optional.of("starts with a drive letter");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return Optional.of("contains a control character");
            }
        }
        int segmentStart = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/') {
                int length = i - segmentStart;
                if (length == 0) {
                    return Optional.of("has an empty path segment");
                }
                if (length <= 2 && path.charAt(segmentStart) == '.' && (length == 1 || path.charAt(segmentStart + 1) == '.')) {
                    return Optional.of(length == 1 ? "contains a '.' segment" : "contains a '..' segment");
                }
                segmentStart = i + 1;
            }
        }
        return Optional.empty();
    }

    /**
     * Throws if the name is unsafe.
     *
     * @param name the entry name
     * @return the name
     * @throws UnsafeEntryNameException if {@link #unsafeReason(String)} finds a problem
     */
    public static String requireSafe(String name) {
        Optional<String> reason = unsafeReason(name);
        if (reason.isPresent()) {
            throw new UnsafeEntryNameException(name, reason.get());
        }
        return name;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * Encodes an asset name or file name as one portable path segment: {@code %}, path
     * separators, characters Windows forbids and control characters become {@code %XX}, as do a
     * leading dot and a trailing dot or space.
     *
     * @param name the name
     * @return the encoded segment, never {@code .}, {@code ..} or empty
     */
    public static String encodeName(String name) {
        return encode(name, false);
    }

    /**
     * Encodes a folder segment like {@link #encodeName(String)} and also encodes every dot, so
     * that a folder directory can never have the name of an asset file (which always has an
     * extension).
     *
     * @param segment one folder segment
     * @return the encoded segment
     */
    public static String encodeFolderSegment(String segment) {
        return encode(segment, true);
    }

    private static String encode(String text, boolean folder) {
        StringBuilder out = null;
        int last = text.length() - 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escape = c < 0x20 || c == 0x7f || FORBIDDEN.indexOf(c) >= 0
                    || c == '.' && (folder || i == 0 || i == last)
                    || c == ' ' && i == last;
            if (escape) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Resolves a path relative to the directory of another entry.
     *
     * @param entry an entry, for example {@code assets/RESOURCE/lib/udf.json}
     * @param relative a relative path, for example {@code udf.files/udf.jar}
     * @return the resolved entry name, for example {@code assets/RESOURCE/lib/udf.files/udf.jar}
     * @throws UnsafeEntryNameException if the result is not a safe name
     */
    public static String resolveSibling(String entry, String relative) {
        requireSafe(relative);
        int slash = entry.lastIndexOf('/');
        return requireSafe(slash < 0 ? relative : entry.substring(0, slash + 1) + relative);
    }
}
