package dev.assetmigration.model;

/**
 * The eight kinds of development asset that can be migrated.
 *
 * <p>The declaration order is the order in which an import writes assets, so that what an asset
 * depends on exists before it: data sources, tables, resources, functions, components, tasks,
 * then ad-hoc queries.
 */
public enum AssetType {
    /** A connection definition; its secrets never leave a workspace in clear text. */
    DATA_SOURCE(DataSource.class),
    /** A table definition: columns, partitions, comment, lifecycle, DDL; never rows. */
    TABLE_METADATA(TableMetadata.class),
    /** A file used by tasks: jar, Python file, archive or plain file, possibly large. */
    RESOURCE(Resource.class),
    /** A user-defined function. */
    FUNCTION(UserFunction.class),
    /** A reusable code template with declared input and output parameters. */
    COMPONENT(Component.class),
    /** A scheduled node of a workflow (business flow), triggered by its cron schedule. */
    AUTO_TRIGGERED_TASK(AutoTriggeredTask.class),
    /** A node that runs only when somebody starts it. */
    MANUALLY_TRIGGERED_TASK(ManuallyTriggeredTask.class),
    /** A saved query. */
    AD_HOC_QUERY(AdHocQuery.class);

    private final Class<? extends Asset> assetClass;

    AssetType(Class<? extends Asset> assetClass) {
        this.assetClass = assetClass;
    }

    /**
     * Returns the record class that represents assets of this type.
     *
     * @return the model class, never {@code null}
     */
    public Class<? extends Asset> assetClass() {
        return assetClass;
    }

    /**
     * Tells whether assets of this type are tasks (carry a {@link TaskDefinition}).
     *
     * @return {@code true} for the two task types
     */
    public boolean isTask() {
        return this == AUTO_TRIGGERED_TASK || this == MANUALLY_TRIGGERED_TASK;
    }
}
