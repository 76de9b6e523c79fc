package dev.assetmigration.schedulers;

import org.jspecify.annotations.Nullable;
/**
 * A source file is not well-formed XML, YAML, JSON or properties, or lacks something its format requires (a root element, a name, a task id). Code {@code AM-SCHED-001}.
 */
public final class MalformedSourceException extends SchedulerSourceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param location where the problem is
     * @param problem what is wrong
     * @param cause the parser's exception, or {@code null}
     */
    public MalformedSourceException(SourceLocation location, String problem, @Nullable Throwable cause) {
        super("AM-SCHED-001", location, problem, "Fix the file so that the scheduler itself would accept it, then convert again.", cause);
    }
}
