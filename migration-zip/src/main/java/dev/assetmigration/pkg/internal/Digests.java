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
