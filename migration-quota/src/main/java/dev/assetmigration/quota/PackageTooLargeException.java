package dev.assetmigration.quota;

import dev.assetmigration.error.MigrationException;
import dev.assetmigration.quota.internal.Messages;
import java.util.Objects;

/**
 * An import was refused because the package is larger than the edition accepts from its kind of
 * source. Code {@value #CODE}.
 *
 * <p>Thrown by {@link QuotaGuard#checkImportSource(PackageSource)} before the package is read
 * or unpacked.
 */
public class PackageTooLargeException extends MigrationException {

    /** The stable error code. */
    public static final String CODE = "AM-QUOTA-002";

    private static final long serialVersionUID = 1L;

    private final PackageSource source;
    private final Edition edition;
    private final long limit;

    /**
     * Creates the exception.
     *
     * @param source the refused package's source, with its size
     * @param edition the tenant's edition
     * @param limit the largest size accepted from this kind of source, in bytes
     * @param advice the way out
     */
    public PackageTooLargeException(PackageSource source, Edition edition, long limit, String advice) {
        super(CODE, "Import refused before unpacking: the package in " + source.displayName() + " is "
                + Messages.bytes(source.sizeBytes()) + ", and the " + edition + " edition imports packages from "
                + Messages.kindOf(source) + " of at most " + Messages.bytes(limit) + ". " + advice);
        this.source = Objects.requireNonNull(source, "source");
        this.edition = Objects.requireNonNull(edition, "edition");
        this.limit = limit;
    }

    /**
     * Returns the refused package's source.
     *
     * @return the source
     */
    public PackageSource source() {
        return source;
    }

    /**
     * Returns the tenant's edition.
     *
     * @return the edition
     */
    public Edition edition() {
        return edition;
    }

    /**
     * Returns the largest size accepted from this kind of source.
     *
     * @return the limit in bytes
     */
    public long limit() {
        return limit;
    }

    /**
     * Returns the package's size.
     *
     * @return the size in bytes
     */
    public long actual() {
        return source.sizeBytes();
    }
}
