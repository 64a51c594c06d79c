package org.thrivemis.roster.internal.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Refuses to hand out more than a set number of characters per CSV record, so a huge field or a
 * quote never closed fails quickly with a clear error instead of filling the heap.
 */
final class LimitedReader extends FilterReader {
    private final long limit;
    private long sinceReset;

    LimitedReader(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** Called when a record has been read completely. */
    void recordDone() {
        sinceReset = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count(1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        sinceReset += n;
        if (sinceReset > limit) {
            throw new TooLong(limit);
        }
    }

    /** A record exceeded the limit. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong(long limit) {
            super("more than " + limit + " characters in one record");
        }
    }
}
