package dev.assetmigration.pkg;

import dev.assetmigration.pkg.internal.Digests;
import dev.assetmigration.pkg.internal.Json;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Checks a package's Ed25519 signature with a trusted public key.
 *
 * <pre>{@code
 * try (PackageReader reader = PackageReader.open(path)) {
 *     PackageVerifier.ed25519(trustedKey).verify(reader);   // signature, then every entry
 *     reader.assets().forEach(importer::write);
 * }
 * }</pre>
 *
 * <p>The signature proves {@code manifest.json} is the one the key holder wrote; since the
 * manifest records the size and SHA-256 of every other entry, {@link #verify(PackageReader)}
 * then checks those too, so any changed byte of any entry's content is rejected.
 */
public final class PackageVerifier {

    private final PublicKey key;

    private PackageVerifier(PublicKey key) {
        this.key = key;
    }

    /**
     * Creates a verifier.
     *
     * @param publicKey the trusted Ed25519 public key
     * @return the verifier
     * @throws IllegalArgumentException if the key is not an Ed25519 (EdDSA) key
     */
    public static PackageVerifier ed25519(PublicKey publicKey) {
        Objects.requireNonNull(publicKey, "publicKey");
        if (!publicKey.getAlgorithm().equals("EdDSA") && !publicKey.getAlgorithm().equals(PackageSigner.ALGORITHM)) {
            throw new IllegalArgumentException("package signatures are Ed25519; this key is " + publicKey.getAlgorithm());
        }
        return new PackageVerifier(publicKey);
    }

    /**
     * Checks the signature only: present, well-formed, over this package's manifest, made by the
     * holder of the private key.
     *
     * @param reader an open package
     * @throws SignatureException if any of that fails
     */
    public void verifySignature(PackageReader reader) {
        byte[] entry = reader.signatureEntry().orElseThrow(() -> new SignatureException(SignatureException.Reason.MISSING,
                "The package has no '" + AssetLayout.SIGNATURE + "' entry, so it is not signed;"
                        + " ask the sender for a signed package or import it without signature checks.", null));
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(entry);
        } catch (JacksonException e) {
            throw malformed("is not JSON (" + e.getOriginalMessage() + ")", e);
        }
        JsonNode algorithm = node.get("algorithm");
        JsonNode digest = node.get("manifestSha256");
        JsonNode signature = node.get("signature");
        if (algorithm == null || !PackageSigner.ALGORITHM.equals(algorithm.asString(""))
                || digest == null || !digest.isString() || signature == null || !signature.isString()) {
            throw malformed("must hold algorithm \"Ed25519\", manifestSha256 and signature", null);
        }
        byte[] signedDigest;
        byte[] signatureBytes;
        try {
            signedDigest = Digests.parseHex(digest.stringValue());
            signatureBytes = Base64.getDecoder().decode(signature.stringValue());
        } catch (IllegalArgumentException e) {
            throw malformed("has a malformed digest or signature (" + e.getMessage() + ")", e);
        }
        if (!MessageDigest.isEqual(signedDigest, reader.manifestSha256())) {
            throw new SignatureException(SignatureException.Reason.DIGEST_MISMATCH, "The signature in '" + AssetLayout.SIGNATURE
                    + "' was made for another manifest than this package's '" + AssetLayout.MANIFEST
                    + "': the manifest was changed after signing. Do not import this package.", null);
        }
        boolean valid;
        try {
            Signature verifier = Signature.getInstance(PackageSigner.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(reader.manifestSha256());
            valid = verifier.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            valid = false;
        }
        if (!valid) {
            throw new SignatureException(SignatureException.Reason.INVALID, "The signature in '" + AssetLayout.SIGNATURE
                    + "' does not verify with the given public key: the package was signed by someone else or"
                    + " tampered with. Do not import it.", null);
        }
    }

    /**
     * Checks the signature, then every entry ({@link PackageReader#verify()}).
     *
     * @param reader an open package
     * @throws SignatureException if the signature fails
     * @throws PackageException if an entry fails verification
     */
    public void verify(PackageReader reader) {
        verifySignature(reader);
        reader.verify();
    }

    private static SignatureException malformed(String what, Throwable cause) {
        return new SignatureException(SignatureException.Reason.MALFORMED, "Package entry '" + AssetLayout.SIGNATURE + "' "
                + what + ". Do not import the package; ask the sender to sign it again.", cause);
    }
}
