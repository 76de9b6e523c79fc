package dev.assetmigration.pkg.internal;

import java.io.FilterInputStream;
import java.io.InputStream;

/** Passes reads through and ignores {@code close()}: for streams we do not own. */
public final class NonClosingInputStream extends FilterInputStream {

    /**
     * Wraps a stream.
     *
     * @param in the stream that must stay open
     */
    public NonClosingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public void close() {
        // the owner closes the stream
    }
}
