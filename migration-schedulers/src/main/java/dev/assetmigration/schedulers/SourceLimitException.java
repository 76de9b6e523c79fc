package dev.assetmigration.schedulers;


/**
 * A source exceeds one of the {@link ConversionOptions} limits (file size, total size, file count, node count, nesting). Code {@code AM-SCHED-006}.
 */
public final class SourceLimitException extends SchedulerSourceException {

    private static final long serialVersionUID = 1L;

    private final String limitName;
    private final long limit;
    private final long actual;

    /**
     * Creates the exception.
     *
     * @param location what exceeds the limit
     * @param limitName the option, for example {@code maxFileBytes}
     * @param limit the limit
     * @param actual the value found (at least the limit plus one when counting stopped early)
     */
    public SourceLimitException(SourceLocation location, String limitName, long limit, long actual) {
        super("AM-SCHED-006", location, limitName + " is " + limit + " but the source has " + actual + ".",
                "Split the source, or raise ConversionOptions." + limitName + " if the source is trusted.", null);
        this.limitName = limitName;
        this.limit = limit;
        this.actual = actual;
    }

    /**
     * Returns the name of the exceeded option.
     *
     * @return for example {@code maxNodes}
     */
    public String limitName() {
        return limitName;
    }

    /**
     * Returns the limit.
     *
     * @return the limit
     */
    public long limit() {
        return limit;
    }

    /**
     * Returns the value found.
     *
     * @return the actual value
     */
    public long actual() {
        return actual;
    }
}
