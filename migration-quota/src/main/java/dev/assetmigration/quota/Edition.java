package dev.assetmigration.quota;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The editions of the data-development platform, from the smallest to the largest. Each has a
 * standard {@link QuotaPolicy}; see {@link QuotaPolicy#of(Edition)}.
 */
public enum Edition {
    /** The entry edition: 10 export packages per tenant, local-file imports only. */
    BASIC,
    /** 30 export packages per tenant, local-file imports only. */
    STANDARD,
    /** 100 export packages per tenant, imports from object storage, automatic deploy. */
    PROFESSIONAL,
    /** Unlimited export packages, imports from object storage, automatic deploy. */
    ENTERPRISE;

    /**
     * Returns the editions above this one, smallest first.
     *
     * @return the higher editions; empty for {@link #ENTERPRISE}
     */
    public List<Edition> higher() {
        return Arrays.stream(values()).filter(e -> e.compareTo(this) > 0).collect(Collectors.toUnmodifiableList());
    }
}
