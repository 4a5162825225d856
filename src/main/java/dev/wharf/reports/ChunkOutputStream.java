package dev.wharf.reports;

import java.io.OutputStream;

/**
 * Writes a report into numbered chunk rows of at most {@code size} bytes: the builder holds one
 * chunk in memory however long the report. {@code onChunk} runs after each chunk is stored.
 */
final class ChunkOutputStream extends OutputStream {

    private final ReportRepository repository;
    private final long reportId;
    private final byte[] buffer;
    private final Runnable onChunk;
    private int used;
    private int seq;

    ChunkOutputStream(ReportRepository repository, long reportId, int size, Runnable onChunk) {
        this.repository = repository;
        this.reportId = reportId;
        this.buffer = new byte[size];
        this.onChunk = onChunk;
    }

    @Override
    public void write(int b) {
        if (used == buffer.length) {
            store();
        }
        buffer[used++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        while (length > 0) {
            if (used == buffer.length) {
                store();
            }
            int n = Math.min(length, buffer.length - used);
            System.arraycopy(bytes, offset, buffer, used, n);
            used += n;
            offset += n;
            length -= n;
        }
    }

    /** Stores what is left; called once at the end (an empty report still has its header). */
    @Override
    public void close() {
        if (used > 0) {
            store();
        }
    }

    private void store() {
        repository.insertChunk(reportId, seq++, java.util.Arrays.copyOf(buffer, used));
        used = 0;
        onChunk.run();
    }
}
