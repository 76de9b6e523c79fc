package dev.assetmigration.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where one run of the tool writes and what it knows of its environment: stdout for results,
 * stderr for progress, warnings and errors, the environment variables, and whether stderr is a
 * terminal. One per run; the common options set the verbosity flags while arguments are parsed.
 */
final class Console {

    final PrintStream out;
    final PrintStream err;
    final Map<String, String> env;
    final boolean terminal;
    boolean verbose;
    boolean quiet;

    Console(PrintStream out, PrintStream err, Map<String, String> env, boolean terminal) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.env = Map.copyOf(env);
        this.terminal = terminal;
    }

    /** Prints a warning on stderr, unless quiet. */
    void warn(String message) {
        if (!quiet) {
            err.println("warning: " + message);
        }
    }

    /** Returns an environment variable, or null. */
    @Nullable String env(String name) {
        return env.get(name);
    }
}
