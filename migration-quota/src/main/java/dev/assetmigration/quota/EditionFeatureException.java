package dev.assetmigration.quota;

import dev.assetmigration.error.MigrationException;
import java.util.Objects;

/**
 * An operation was refused because it needs a {@link Feature} the edition does not offer, for
 * example automatic commit and deploy on Basic. Code {@value #CODE}.
 *
 * <p>Thrown by {@link QuotaGuard#checkFeature(Feature)} and its shortcuts before any work.
 */
public class EditionFeatureException extends MigrationException {

    /** The stable error code. */
    public static final String CODE = "AM-QUOTA-004";

    private static final long serialVersionUID = 1L;

    private final Feature feature;
    private final Edition edition;

    /**
     * Creates the exception.
     *
     * @param feature the refused feature
     * @param edition the tenant's edition
     * @param advice the way out
     */
    public EditionFeatureException(Feature feature, Edition edition, String advice) {
        super(CODE, "Refused before any work: the " + edition + " edition does not offer "
                + feature.description() + ". " + advice);
        this.feature = Objects.requireNonNull(feature, "feature");
        this.edition = Objects.requireNonNull(edition, "edition");
    }

    /**
     * Returns the refused feature.
     *
     * @return the feature
     */
    public Feature feature() {
        return feature;
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
