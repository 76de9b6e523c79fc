package dev.assetmigration.governance;

import dev.assetmigration.quota.QuotaGuard;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rules a host enforces on every migration: who may do what ({@link AccessPolicy}), the
 * edition's quotas ({@link QuotaGuard}, optional), and where task records go
 * ({@link TaskHistory}).
 *
 * <pre>{@code
 * Governance rules = Governance.builder(AccessPolicy.of(Map.of("alice", Role.WORKSPACE_ADMIN)))
 *         .quota(QuotaGuard.of(QuotaPolicy.of(Edition.BASIC), QuotaLedger.inMemory()))
 *         .build();
 * Migration.governedBy(rules).as(Principal.of("alice")).export(source).full().toPackage(path);
 * }</pre>
 *
 * @param accessPolicy resolves roles
 * @param quota the edition rules, or {@code null} for none
 * @param history where task records go
 * @param clock the clock for task start and end times
 */
public record Governance(AccessPolicy accessPolicy, @Nullable QuotaGuard quota, TaskHistory history, Clock clock) {

    /** Checks the required parts. */
    public Governance {
        Objects.requireNonNull(accessPolicy, "accessPolicy");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(clock, "clock");
    }

    /**
     * Starts rules with an access policy, no quota, an in-memory history and the system clock.
     *
     * @param accessPolicy the access policy
     * @return a builder
     */
    public static Builder builder(AccessPolicy accessPolicy) {
        return new Builder(accessPolicy);
    }

    /**
     * Returns the quota rules, if any.
     *
     * @return the guard
     */
    public Optional<QuotaGuard> quotaGuard() {
        return Optional.ofNullable(quota);
    }

    /** Builds {@link Governance}. */
    public static final class Builder {
        private final AccessPolicy accessPolicy;
        private @Nullable QuotaGuard quota;
        private TaskHistory history = TaskHistory.inMemory();
        private Clock clock = Clock.systemUTC();

        private Builder(AccessPolicy accessPolicy) {
            this.accessPolicy = Objects.requireNonNull(accessPolicy, "accessPolicy");
        }

        /**
         * Enforces an edition's quotas.
         *
         * @param guard the quota guard
         * @return this builder
         */
        public Builder quota(QuotaGuard guard) {
            this.quota = Objects.requireNonNull(guard, "guard");
            return this;
        }

        /**
         * Records tasks in this history.
         *
         * @param taskHistory the history
         * @return this builder
         */
        public Builder history(TaskHistory taskHistory) {
            this.history = Objects.requireNonNull(taskHistory, "taskHistory");
            return this;
        }

        /**
         * Uses this clock for task times.
         *
         * @param taskClock the clock
         * @return this builder
         */
        public Builder clock(Clock taskClock) {
            this.clock = Objects.requireNonNull(taskClock, "taskClock");
            return this;
        }

        /**
         * Builds the rules.
         *
         * @return the governance
         */
        public Governance build() {
            return new Governance(accessPolicy, quota, history, clock);
        }
    }
}
