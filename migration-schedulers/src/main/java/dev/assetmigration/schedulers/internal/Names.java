package dev.assetmigration.schedulers.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Turns source names into valid asset names, folder segments and stable ids. */
public final class Names {

    private static final int MAX_ID = 200;

    private Names() {
    }

    /**
     * Makes a valid name or folder segment: slashes, backslashes and control characters become
     * {@code _}, surrounding whitespace is dropped, {@code .} and {@code ..} and the empty string
     * become {@code _}.
     *
     * @param raw the source name
     * @return the cleaned name
     */
    public static String clean(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        raw.strip().codePoints().forEach(c -> out.appendCodePoint(
                c == '/' || c == '\\' || Character.isISOControl(c) ? '_' : c));
        String name = out.toString();
        return name.isEmpty() || ".".equals(name) || "..".equals(name) ? "_" : name;
    }

    /**
     * Joins a folder and a sub-path.
     *
     * @param folder the parent folder, possibly empty
     * @param segments further segments, each cleaned
     * @return the folder path
     */
    public static String folder(String folder, String... segments) {
        StringBuilder out = new StringBuilder(folder);
        for (String segment : segments) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(clean(segment));
        }
        return out.toString();
    }

    /**
     * Derives the stable id of an asset from its folder and name: the path itself when short,
     * otherwise its beginning and a hash of the whole.
     *
     * @param folder the folder
     * @param name the name
     * @return the id
     */
    public static String id(String folder, String name) {
        String path = folder.isEmpty() ? name : folder + "/" + name;
        if (path.length() <= MAX_ID) {
            return path;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return path.substring(0, MAX_ID - 17) + "~" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
