package dev.assetmigration.imports;

import java.util.Map;
import java.util.Optional;

/**
 * Supplies the clear value of a data-source secret for a placeholder of the package. Packages
 * never carry secrets: each becomes a placeholder named {@code <dataSourceName>.<key>}.
 */
@FunctionalInterface
public interface SecretResolver {

    /** Resolves nothing. */
    SecretResolver NONE = name -> Optional.empty();

    /**
     * Resolves a placeholder.
     *
     * @param placeholder the placeholder name, for example {@code prod_mysql.password}
     * @return the secret, or empty if unknown
     */
    Optional<String> resolve(String placeholder);

    /**
     * A resolver over a fixed map.
     *
     * @param secrets placeholder name to secret
     * @return the resolver
     */
    static SecretResolver of(Map<String, String> secrets) {
        Map<String, String> copy = Map.copyOf(secrets);
        return name -> Optional.ofNullable(copy.get(name));
    }
}
