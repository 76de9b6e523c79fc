package dev.assetmigration.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The output options every command takes: --json, --quiet, --verbose. */
final class CommonOptions {

    @Spec(Spec.Target.MIXEE)
    @Nullable CommandSpec spec;

    @Option(names = "--json", description = "Print the result as JSON on stdout instead of a table.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no warnings on stderr.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print the stack trace of an error.")
    boolean verbose;

    ParameterException usage(String message) {
        if (spec == null) {
            throw new IllegalStateException(message);
        }
        return new ParameterException(spec.commandLine(), message);
    }
}
