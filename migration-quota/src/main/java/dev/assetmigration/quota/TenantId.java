package dev.assetmigration.quota;

import java.util.Objects;

/**
 * The tenant (account) whose quota is counted: usually the account of the source workspace,
 * {@code WorkspaceInfo.account()}.
 *
 * @param value the tenant's identifier, not blank
 */
public record TenantId(String value) {

    /**
     * Creates a tenant id.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public TenantId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A tenant id must not be blank");
        }
    }

    /**
     * Creates a tenant id.
     *
     * @param value the tenant's identifier, not blank
     * @return the tenant id
     */
    public static TenantId of(String value) {
        return new TenantId(value);
    }

    /** Returns the identifier itself. */
    @Override
    public String toString() {
        return value;
    }
}
