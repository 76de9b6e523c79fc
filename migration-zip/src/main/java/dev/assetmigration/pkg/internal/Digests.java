package dev.assetmigration.pkg.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** SHA-256 helpers: new digests, hex form, and ids derived from digests. */
public final class Digests {

    private static final HexFormat HEX = HexFormat.of();

    private static final MessageDigest PROTOTYPE = create();

    private Digests() {
    }

    /**
     * Returns a new SHA-256 digest.
     *
     * @return the digest
     */
    public static MessageDigest sha256() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return create();
        }
    }

    private static MessageDigest create() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Formats bytes as lower-case hex.
     *
     * @param bytes the bytes
     * @return the hex text
     */
    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /**
     * Parses lower-case hex.
     *
     * @param hex the text
     * @return the bytes
     */
    public static byte[] parseHex(String hex) {
        return HEX.parseHex(hex);
    }

    /**
     * A fast, well-mixed 64-bit hash of text (FNV-1a finished with the MurmurHash3 mixer) for
     * in-memory tables; not collision-resistant, so callers confirm matches. Never 0.
     *
     * @param seed a value mixed in first, for example a type ordinal
     * @param text the text
     * @return the hash
     */
    public static long hash64(long seed, String text) {
        long h = 0xcbf29ce484222325L ^ seed;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /**
     * Tells whether text is a SHA-256 in the package's form: 64 lower-case hex digits.
     *
     * @param text the text
     * @return {@code true} if it is
     */
    public static boolean isSha256Hex(String text) {
        if (text.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Derives a UUID from a digest: its first 16 bytes with the version set to 8 (custom) and
     * the IETF variant, so equal content gives an equal id.
     *
     * @param digest at least 16 bytes
     * @return the id
     */
    public static UUID uuidOf(byte[] digest) {
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (digest[i] & 0xff);
            lsb = (lsb << 8) | (digest[i + 8] & 0xff);
        }
        msb = (msb & ~0xF000L) | 0x8000L;
        lsb = (lsb & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
