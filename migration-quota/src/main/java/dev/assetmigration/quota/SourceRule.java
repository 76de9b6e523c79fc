package dev.assetmigration.quota;

import java.util.Objects;

/**
 * Whether an edition accepts import packages from one kind of {@link PackageSource}, and up to
 * which size: {@linkplain #notAllowed() not allowed}, or {@linkplain #upTo(Limit) allowed up to} a
 * size limit in bytes.
 */
public sealed interface SourceRule permits SourceRule.Allowed, SourceRule.NotAllowed {

    /**
     * Returns a rule that accepts packages of at most {@code maxBytes} bytes.
     *
     * @param maxBytes the size limit in bytes; {@link Limit#unlimited()} for no limit
     * @return the rule
     */
    static SourceRule upTo(Limit maxBytes) {
        return new Allowed(maxBytes);
    }

    /**
     * Returns a rule that refuses every package from this kind of source.
     *
     * @return the rule
     */
    static SourceRule notAllowed() {
        return new NotAllowed();
    }

    /**
     * Tells whether this kind of source is accepted at all.
     *
     * @return {@code true} for {@link Allowed}
     */
    boolean isAllowed();

    /**
     * Tells whether a package of this size passes the rule.
     *
     * @param sizeBytes the package's size in bytes
     * @return {@code true} if the source is allowed and the size is within its limit
     */
    boolean accepts(long sizeBytes);

    /**
     * Packages from this kind of source are accepted up to a size.
     *
     * @param maxBytes the size limit in bytes, inclusive
     */
    record Allowed(Limit maxBytes) implements SourceRule {

        /**
         * Creates the rule.
         *
         * @throws NullPointerException if {@code maxBytes} is null
         */
        public Allowed {
            Objects.requireNonNull(maxBytes, "maxBytes");
        }

        @Override
        public boolean isAllowed() {
            return true;
        }

        @Override
        public boolean accepts(long sizeBytes) {
            return maxBytes.allows(sizeBytes);
        }

        /** Returns {@code allowed, N bytes} or {@code allowed, unlimited}. */
        @Override
        public String toString() {
            return "allowed, " + maxBytes.max().stream().mapToObj(m -> m + " bytes").findFirst().orElse("unlimited");
        }
    }

    /** Packages from this kind of source are refused. */
    record NotAllowed() implements SourceRule {

        @Override
        public boolean isAllowed() {
            return false;
        }

        @Override
        public boolean accepts(long sizeBytes) {
            return false;
        }

        /** Returns {@code not allowed}. */
        @Override
        public String toString() {
            return "not allowed";
        }
    }
}
