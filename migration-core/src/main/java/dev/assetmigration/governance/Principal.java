package dev.assetmigration.governance;

import java.util.Objects;

/**
 * Who is acting: a user or service account, by the name the host's identity system gives it.
 *
 * @param name the account name, not blank
 */
public record Principal(String name) {

    /**
     * Creates a principal.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public Principal {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a principal needs a non-blank name");
        }
    }

    /**
     * Shorthand for {@code new Principal(name)}.
     *
     * @param name the account name
     * @return the principal
     */
    public static Principal of(String name) {
        return new Principal(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
