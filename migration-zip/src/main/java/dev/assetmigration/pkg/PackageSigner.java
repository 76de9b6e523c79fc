package dev.assetmigration.pkg;

import dev.assetmigration.pkg.internal.Digests;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Objects;

/**
 * Signs packages with Ed25519 (built into the JDK), so a package carried between isolated
 * networks can be checked with {@link PackageVerifier}. The signature covers the SHA-256 of
 * {@code manifest.json}, which in turn records the SHA-256 of every other entry; it is stored in
 * the entry {@code manifest.sig}. Ed25519 is deterministic, so signed packages stay reproducible.
 *
 * <pre>{@code
 * KeyPair keys = PackageSigner.generateKeyPair();
 * WriterOptions options = WriterOptions.defaults().withSigner(PackageSigner.ed25519(keys.getPrivate()));
 * }</pre>
 */
public final class PackageSigner {

    /** The JDK algorithm name. */
    static final String ALGORITHM = "Ed25519";

    private final PrivateKey key;

    private PackageSigner(PrivateKey key) {
        this.key = key;
    }

    /**
     * Creates a signer.
     *
     * @param privateKey an Ed25519 private key
     * @return the signer
     * @throws IllegalArgumentException if the key is not an Ed25519 (EdDSA) key
     */
    public static PackageSigner ed25519(PrivateKey privateKey) {
        Objects.requireNonNull(privateKey, "privateKey");
        if (!privateKey.getAlgorithm().equals("EdDSA") && !privateKey.getAlgorithm().equals(ALGORITHM)) {
            throw new IllegalArgumentException("package signing needs an Ed25519 key, not " + privateKey.getAlgorithm());
        }
        return new PackageSigner(privateKey);
    }

    /**
     * Generates a new Ed25519 key pair.
     *
     * @return the key pair
     */
    public static KeyPair generateKeyPair() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK provides Ed25519 since Java 15", e);
        }
    }

    /**
     * Signs a manifest digest.
     *
     * @param manifestSha256 the SHA-256 of {@code manifest.json}
     * @return the raw 64-byte signature
     */
    public byte[] sign(byte[] manifestSha256) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(manifestSha256);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new SignatureException(SignatureException.Reason.MALFORMED, "Cannot sign the package with the given key: "
                    + e.getMessage() + ". Use an Ed25519 private key.", e);
        }
    }

    /** Returns the bytes of the {@code manifest.sig} entry for a manifest digest. */
    byte[] signatureEntry(byte[] manifestSha256) {
        String json = "{\n  \"algorithm\" : \"" + ALGORITHM + "\",\n  \"manifestSha256\" : \"" + Digests.hex(manifestSha256)
                + "\",\n  \"signature\" : \"" + Base64.getEncoder().encodeToString(sign(manifestSha256)) + "\"\n}\n";
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
