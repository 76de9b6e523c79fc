package dev.assetmigration.error;

import dev.assetmigration.model.AssetRef;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A provider could not complete an operation for a reason of its own: I/O, a remote call, a
 * corrupt store. Providers wrap their failures in it. Code {@code AM-SPI-005}.
 */
public class ProviderException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final @Nullable AssetRef asset;

    /**
     * Creates the exception.
     *
     * @param asset the asset involved, or {@code null} if the failure is not about one asset
     * @param message what failed and what to do
     * @param cause the underlying failure, or {@code null}
     */
    public ProviderException(@Nullable AssetRef asset, String message, @Nullable Throwable cause) {
        this("AM-SPI-005", asset, message, cause);
    }

    /**
     * Creates the exception with a code of a subtype's own, for providers that distinguish their
     * failures (a lost connection, an injected test fault) by stable codes.
     *
     * @param code the subtype's stable error code
     * @param asset the asset involved, or {@code null}
     * @param message what failed and what to do
     * @param cause the underlying failure, or {@code null}
     */
    protected ProviderException(String code, @Nullable AssetRef asset, String message, @Nullable Throwable cause) {
        super(code, message, cause);
        this.asset = asset;
    }

    /**
     * Returns the asset the failure is about, if any.
     *
     * @return the asset reference
     */
    public Optional<AssetRef> assetRef() {
        return Optional.ofNullable(asset);
    }
}
