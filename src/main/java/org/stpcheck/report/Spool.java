package org.stpcheck.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The part of a report that must be written after something not yet known — JSON and HTML put the
 * run's summary before its plans — set aside as it is produced: in memory while small, then in a
 * temporary file. The file is opened delete-on-close (on Linux and macOS it is unlinked as soon as
 * it is created), so it disappears however the process ends. {@link #discard} drops the first
 * characters written. Copied out to a report file, the bytes go across as they are, without being
 * decoded and encoded again.
 */
final class Spool extends Writer {
    /** Characters kept in memory before spilling to a file: a few megabytes, a batch of a few hundred plans. */
    static final int IN_MEMORY = 4 << 20;

    private final Path folder;
    private final int inMemory;
    private StringBuilder memory = new StringBuilder();
    private FileChannel file;
    private Writer toFile;
    private int discard;

    /** {@code folder} receives the temporary file if one is needed; null means the system's temporary folder. */
    Spool(Path folder) {
        this(folder, IN_MEMORY);
    }

    Spool(Path folder, int inMemory) {
        this.folder = folder;
        this.inMemory = inMemory;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        int dropped = Math.min(discard, len);
        discard -= dropped;
        off += dropped;
        len -= dropped;
        if (toFile != null) {
            toFile.write(buf, off, len);
            return;
        }
        memory.append(buf, off, len);
        if (memory.length() > inMemory) spill();
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        int dropped = Math.min(discard, len);
        discard -= dropped;
        off += dropped;
        len -= dropped;
        if (toFile != null) {
            toFile.write(s, off, len);
            return;
        }
        memory.append(s, off, off + len);
        if (memory.length() > inMemory) spill();
    }

    /** Drops the next {@code n} characters written (a prefix that only shaped what follows). */
    void discard(int n) { discard = n; }

    private void spill() throws IOException {
        Path dir = folder != null ? folder : Path.of(System.getProperty("java.io.tmpdir"));
        Path name = dir.resolve(".stpcheck-spool-" + ProcessHandle.current().pid() + "-"
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        file = FileChannel.open(name, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
        toFile = new BufferedWriter(Channels.newWriter(file, StandardCharsets.UTF_8), 1 << 16);
        toFile.append(memory);
        memory = null;
    }

    /** Writes everything set aside to {@code out}. */
    void copyTo(Writer out) throws IOException {
        if (toFile == null) {
            out.append(memory);
            return;
        }
        toFile.flush();
        if (out instanceof ReportOutput.Bytes bytes && bytes.append(file)) return;
        file.position(0);
        // not closed: closing the reader would close (and delete) the file before close() does
        Reader in = Channels.newReader(file, StandardCharsets.UTF_8);
        char[] buf = new char[1 << 16];
        for (int n; (n = in.read(buf)) > 0; ) out.write(buf, 0, n);
    }

    @Override
    public void flush() throws IOException {
        if (toFile != null) toFile.flush();
    }

    @Override
    public void close() throws IOException {
        memory = null;
        if (file != null) file.close();
    }

    /** Whether the set-aside part outgrew memory (tests). */
    boolean inFile() { return file != null; }
}
