package dev.assetmigration.testkit.internal;

import java.time.Instant;

/** Instants the kit uses as bounds. */
public final class Instants {

    /**
     * Before every deletion any store records, yet convertible to epoch milliseconds without
     * overflow (unlike {@link Instant#MIN}), for stores that keep millisecond timestamps.
     */
    public static final Instant BEFORE_ALL = Instant.parse("0001-01-01T00:00:00Z");

    private Instants() {
    }
}
