package dev.assetmigration.quota;

/**
 * An edition-dependent feature that is either on or off in a {@link QuotaPolicy}.
 */
public enum Feature {
    /** Committing and deploying the imported tasks automatically at the end of an import. */
    AUTOMATIC_DEPLOY("automatic commit and deploy on import"),
    /** Converting jobs from Apache Oozie, Azkaban and Apache Airflow into assets. */
    SCHEDULER_MIGRATION("migration of Oozie, Azkaban and Airflow jobs");

    private final String description;

    Feature(String description) {
        this.description = description;
    }

    /**
     * Returns what the feature does, in words, for messages.
     *
     * @return the description
     */
    public String description() {
        return description;
    }
}
