package dev.assetmigration.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;

/** What every command shares: the console and the common options. */
abstract class BaseCommand implements Callable<Integer> {

    final Console console;

    @Mixin
    CommonOptions common = new CommonOptions();

    BaseCommand(Console console) {
        this.console = console;
    }

    @Override
    public final Integer call() {
        console.verbose = common.verbose;
        console.quiet = common.quiet;
        return run();
    }

    /**
     * Runs the command.
     *
     * @return the exit code: 0 success, 1 failed or refused
     */
    abstract int run();

    ParameterException usage(String message) {
        return common.usage(message);
    }
}
