package dev.assetmigration.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;

/**
 * A secret connection property of a {@link DataSource}: either the clear value, as a workspace
 * holds it, or a named placeholder, as a package carries it. {@code toString()} never shows a
 * clear value.
 */
public sealed interface Secret {

    /**
     * The clear secret, as read from a workspace.
     *
     * @param value the secret text
     */
    record Value(String value) implements Secret {
        /**
         * Creates a clear secret.
         *
         * @throws NullPointerException if {@code value} is null
         */
        public Value {
            Objects.requireNonNull(value, "value");
        }

        /** Returns a masked form; the value is never printed. */
        @Override
        public String toString() {
            return "Secret[****]";
        }
    }

    /**
     * Stands in for a secret that was removed before the asset left its workspace; a caller
     * resolves it by name on import.
     *
     * @param name the placeholder name, for example {@code prod_mysql.password}
     */
    record Placeholder(@NotBlank String name) implements Secret {
        /**
         * Creates a placeholder.
         *
         * @throws NullPointerException if {@code name} is null
         */
        public Placeholder {
            Objects.requireNonNull(name, "name");
        }
    }
}
