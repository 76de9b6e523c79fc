package dev.assetmigration.quota;

import java.util.OptionalLong;

/**
 * An upper bound on a count or a size in bytes: either {@linkplain #atMost(long) at most} a
 * number, or {@linkplain #unlimited() unlimited}. Limits are inclusive: a limit of 10 allows 10.
 *
 * <p>Limits are ordered: a smaller maximum is less than a larger one, and every bounded limit is
 * less than {@link #unlimited()}.
 */
public sealed interface Limit extends Comparable<Limit> permits Limit.AtMost, Limit.Unlimited {

    /**
     * Returns a limit that allows amounts up to and including {@code max}.
     *
     * @param max the largest allowed amount, zero or more
     * @return the limit
     * @throws IllegalArgumentException if {@code max} is negative
     */
    static Limit atMost(long max) {
        return new AtMost(max);
    }

    /**
     * Returns the limit that allows every amount.
     *
     * @return the unlimited limit
     */
    static Limit unlimited() {
        return new Unlimited();
    }

    /**
     * Tells whether an amount is within this limit.
     *
     * @param amount the amount, for example the count a reservation would reach or a size in bytes
     * @return {@code true} if {@code amount} does not exceed the limit
     */
    boolean allows(long amount);

    /**
     * Returns the largest allowed amount.
     *
     * @return the maximum, or empty when unlimited
     */
    OptionalLong max();

    /**
     * Orders limits by how much they allow; unlimited is the largest.
     *
     * @param other the limit to compare with
     * @return negative, zero or positive as this limit allows less, the same or more
     */
    @Override
    default int compareTo(Limit other) {
        OptionalLong mine = max();
        OptionalLong theirs = other.max();
        if (mine.isEmpty() || theirs.isEmpty()) {
            return Boolean.compare(mine.isEmpty(), theirs.isEmpty());
        }
        return Long.compare(mine.getAsLong(), theirs.getAsLong());
    }

    /**
     * A bounded limit.
     *
     * @param value the largest allowed amount, zero or more
     */
    record AtMost(long value) implements Limit {

        /**
         * Creates a bounded limit.
         *
         * @throws IllegalArgumentException if {@code value} is negative
         */
        public AtMost {
            if (value < 0) {
                throw new IllegalArgumentException("A limit must be zero or more, got " + value);
            }
        }

        @Override
        public boolean allows(long amount) {
            return amount <= value;
        }

        @Override
        public OptionalLong max() {
            return OptionalLong.of(value);
        }

        /** Returns {@code at most N}. */
        @Override
        public String toString() {
            return "at most " + value;
        }
    }

    /** The limit that allows every amount; all instances are equal. */
    record Unlimited() implements Limit {

        @Override
        public boolean allows(long amount) {
            return true;
        }

        @Override
        public OptionalLong max() {
            return OptionalLong.empty();
        }

        /** Returns {@code unlimited}. */
        @Override
        public String toString() {
            return "unlimited";
        }
    }
}
