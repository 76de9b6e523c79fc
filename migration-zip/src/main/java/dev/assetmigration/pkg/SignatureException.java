package dev.assetmigration.pkg;

import org.jspecify.annotations.Nullable;

/**
 * The package signature is missing, malformed, made with another key, or does not match the
 * manifest. Code {@code AM-ZIP-011}.
 */
public final class SignatureException extends PackageException {

    private static final long serialVersionUID = 1L;

    /** Why verification failed. */
    public enum Reason {
        /** The package has no {@code manifest.sig} entry. */
        MISSING,
        /** {@code manifest.sig} cannot be parsed or names another algorithm. */
        MALFORMED,
        /** The signed digest is not the digest of this package's manifest. */
        DIGEST_MISMATCH,
        /** The signature does not verify with the given public key. */
        INVALID
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason why verification failed
     * @param message what happened and what to do
     * @param cause the underlying failure, or {@code null}
     */
    public SignatureException(Reason reason, String message, @Nullable Throwable cause) {
        super("AM-ZIP-011", AssetLayout.SIGNATURE, message, cause);
        this.reason = reason;
    }

    /**
     * Returns why verification failed.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
