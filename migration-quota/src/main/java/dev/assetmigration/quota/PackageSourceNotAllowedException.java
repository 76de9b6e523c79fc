package dev.assetmigration.quota;

import dev.assetmigration.error.MigrationException;
import dev.assetmigration.quota.internal.Messages;
import java.util.Objects;

/**
 * An import was refused because the edition does not import packages from that kind of source,
 * for example remote object storage on Basic and Standard. Code {@value #CODE}.
 *
 * <p>Thrown by {@link QuotaGuard#checkImportSource(PackageSource)} before the package is read.
 */
public class PackageSourceNotAllowedException extends MigrationException {

    /** The stable error code. */
    public static final String CODE = "AM-QUOTA-003";

    private static final long serialVersionUID = 1L;

    private final PackageSource source;
    private final Edition edition;

    /**
     * Creates the exception.
     *
     * @param source the refused package's source
     * @param edition the tenant's edition
     * @param advice the way out
     */
    public PackageSourceNotAllowedException(PackageSource source, Edition edition, String advice) {
        super(CODE, "Import refused before reading: the " + edition + " edition does not import packages from "
                + Messages.kindOf(source) + " (" + source.displayName() + "). " + advice);
        this.source = Objects.requireNonNull(source, "source");
        this.edition = Objects.requireNonNull(edition, "edition");
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
}
