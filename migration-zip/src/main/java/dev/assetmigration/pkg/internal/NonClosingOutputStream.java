package dev.assetmigration.pkg.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Passes writes through and turns {@code close()} into {@code flush()}: for streams we do not own. */
public final class NonClosingOutputStream extends FilterOutputStream {

    /**
     * Wraps a stream.
     *
     * @param out the stream that must stay open
     */
    public NonClosingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
