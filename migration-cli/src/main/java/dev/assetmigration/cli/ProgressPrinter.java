package dev.assetmigration.cli;

import dev.assetmigration.ProgressEvent;
import dev.assetmigration.ProgressListener;
import java.io.PrintStream;

/**
 * Shows progress on stderr: a bar redrawn in place on a terminal, a plain line at every tenth
 * otherwise (logs, pipes, CI).
 */
final class ProgressPrinter implements ProgressListener {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private String operation = "";
    private long total = -1;
    private long lastStep = -1;

    private ProgressPrinter(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Returns the listener for a run: silent when quiet. */
    static ProgressListener of(Console console) {
        return console.quiet ? ProgressListener.NONE : new ProgressPrinter(console.err, console.terminal);
    }

    @Override
    public void onEvent(ProgressEvent event) {
        if (event instanceof ProgressEvent.Started) {
            ProgressEvent.Started started = (ProgressEvent.Started) event;
            operation = started.operation();
            total = started.totalAssets().orElse(-1);
            if (!terminal) {
                err.println(operation + ": started" + (total >= 0 ? ", " + total + " assets" : ""));
            }
        } else if (event instanceof ProgressEvent.AssetDone) {
            long done = ((ProgressEvent.AssetDone) event).done();
            if (terminal) {
                err.print("\r" + bar(done));
                err.flush();
            } else if (total > 0) {
                long step = done * 10 / total;
                if (step != lastStep && step < 10) {
                    lastStep = step;
                    err.println(operation + ": " + done + "/" + total + " assets");
                }
            }
        } else if (event instanceof ProgressEvent.Finished) {
            ProgressEvent.Finished finished = (ProgressEvent.Finished) event;
            if (terminal) {
                err.print("\r" + bar(finished.assets()) + "\n");
            }
            err.println(operation + ": " + (finished.succeeded() ? "done" : "failed") + ", " + finished.assets()
                    + " assets in " + finished.elapsed().toMillis() + " ms");
        }
    }

    private String bar(long done) {
        if (total <= 0) {
            return operation + " " + done + " assets";
        }
        int filled = (int) Math.min(WIDTH, done * WIDTH / total);
        return operation + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total;
    }
}
