package dev.assetmigration.model;

/**
 * How far an asset has travelled through the platform's development process. A source that does
 * not track this reports {@link #UNKNOWN}.
 *
 * <p>One asset, one copy: a platform that keeps a development and a production copy of an asset
 * lists the <em>development</em> copy — the one people edit and the one an import writes to —
 * with {@link #DEPLOYED} when production runs that same version, {@link #SUBMITTED} when it was
 * submitted but not yet deployed, and {@link #SAVED} otherwise. An export restricted to
 * {@code DEPLOYED} therefore carries exactly the assets whose production and development copies
 * agree; a production-only copy is never exported.
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
