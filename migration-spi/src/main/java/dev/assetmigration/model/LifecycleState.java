package dev.assetmigration.model;

/**
 * How far an asset has travelled through the platform's development process. A source that does
 * not track this reports {@link #UNKNOWN}.
 */
public enum LifecycleState {
    /** The source does not say. */
    UNKNOWN,
    /** Saved in the development environment, not yet submitted. */
    SAVED,
    /** Submitted (committed) to the scheduler, not yet deployed to production. */
    SUBMITTED,
    /** Deployed to production. */
    DEPLOYED
}
