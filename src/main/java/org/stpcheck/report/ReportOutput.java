package org.stpcheck.report;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.concurrent.ThreadLocalRandom;

import org.stpcheck.load.TerminalSafe;

/**
 * Where a report (or any file stpcheck writes) goes, written so that it can never be half there:
 *
 * <ul>
 * <li>A file is written to a temporary file in the same folder and renamed over the target in one
 *     atomic step on {@link #commit}, after its bytes reach the disk: whatever kills the process,
 *     the target holds its old content or the whole new one. A replaced file keeps its
 *     permissions. A target that is not a regular file (/dev/null, /dev/full, a pipe) is written
 *     in place, since renaming over it would replace the device.</li>
 * <li>A target that is one of the inputs, a folder, in a missing folder or in one that cannot be
 *     written is refused before any work is done, with a one-line {@link OutputException}.</li>
 * <li>On a stream (standard output), a failed write — a full disk, a closed pipe — is caught as
 *     soon as it happens, although {@link PrintWriter} hides it, and reported the same way.</li>
 * </ul>
 *
 * Closing an output that was not committed removes its temporary file.
 */
public final class ReportOutput implements Closeable {
    private final String name;
    private final Writer writer;
    private final PrintWriter stream;
    private final FileOutputStream file;
    private final Path temporary;
    private final Path target;
    private final Path folder;
    private boolean committed;

    private ReportOutput(String name, Writer writer, PrintWriter stream, FileOutputStream file, Path temporary, Path target, Path folder) {
        this.name = name;
        this.writer = writer;
        this.stream = stream;
        this.file = file;
        this.temporary = temporary;
        this.target = target;
        this.folder = folder;
    }

    /** A report written to {@code out}, which {@code name}s for messages ("standard output"). */
    public static ReportOutput toStream(PrintWriter out, String name) {
        return new ReportOutput(name, new Failing(out, name), out, null, null, null, null);
    }

    /**
     * A report to be written to {@code target}, which must not be any of {@code inputs}. Fails
     * now, with the reason in one line, if the file cannot be written.
     */
    public static ReportOutput toFile(Path target, Collection<Path> inputs) throws OutputException {
        String name = TerminalSafe.escape(target.toString());
        if (Files.isDirectory(target)) throw new OutputException(name + ": is a folder; name a file to write the report to");
        for (Path in : inputs) {
            if (sameFile(target, in)) {
                throw new OutputException(name + ": is one of the plans being checked; the report would overwrite it (choose another file)");
            }
        }
        try {
            if (Files.exists(target) && !Files.isRegularFile(target)) {
                // a device or a pipe: written in place (renaming over /dev/null would replace the device)
                FileOutputStream out = new FileOutputStream(target.toFile());
                return new ReportOutput(name, new Failing(writer(out), name, out), null, out, null, null, null);
            }
            if (Files.isSymbolicLink(target) && !Files.exists(target)) {
                throw new OutputException(name + ": is a symbolic link to a file that does not exist");
            }
            Path real = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath().normalize();
            Path folder = real.getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new OutputException(name + ": the folder " + TerminalSafe.escape(String.valueOf(folder)) + " does not exist");
            }
            Path temporary = temporaryBeside(real);
            FileOutputStream out = new FileOutputStream(temporary.toFile());
            return new ReportOutput(name, new Failing(writer(out), name, out), null, out, temporary, real, folder);
        } catch (OutputException e) {
            throw e;
        } catch (IOException | SecurityException e) {
            throw new OutputException("cannot write the report to " + name + ": " + reason(e));
        }
    }

    /**
     * {@code .NAME.PID-RANDOM.tmp} beside the target, created with the permissions any new file
     * gets; when a kill leaves it behind it is hidden, and names its target.
     */
    private static Path temporaryBeside(Path real) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path t = real.resolveSibling("." + real.getFileName() + "." + ProcessHandle.current().pid() + "-"
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                Files.newOutputStream(t, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return t;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) throw e;
            }
        }
    }

    private static boolean sameFile(Path target, Path input) {
        try {
            if (Files.exists(target) && Files.exists(input)) return Files.isSameFile(target, input);
        } catch (IOException e) {
            // cannot compare the files: fall back to their names
        }
        return target.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize());
    }

    static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Where the report goes, to write it; failed writes come out as {@link OutputException}s. */
    public Writer writer() { return writer; }

    /** The folder of a report file (for scratch space on the same disk); null for a stream or a device. */
    public Path folder() { return folder; }

    /**
     * Surfaces a failed write to a stream now rather than at the end (a {@link PrintWriter} keeps
     * quiet about it), so a run whose reader has gone away stops early. Call it between plans.
     */
    public void checkpoint() throws OutputException {
        if (stream != null && stream.checkError()) throw new OutputException("cannot write the report to " + name + reasonOf(stream));
    }

    /** The report is complete: flush it and, for a file, put it in place. */
    public void commit() throws OutputException {
        try {
            writer.flush();
            checkpoint();
            if (file != null) {
                if (temporary != null) file.getFD().sync();   // the bytes on disk before the name points at them
                file.close();
            }
            if (temporary != null) {
                copyPermissions(target, temporary);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                syncFolder(folder);
            }
            committed = true;
        } catch (OutputException e) {
            throw e;
        } catch (IOException e) {
            throw new OutputException("cannot write the report to " + name + ": " + reason(e));
        }
    }

    /** A replaced report keeps the permissions its reader gave it. */
    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.exists(from)) Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system, or not ours to change: the new file keeps the default permissions
        }
    }

    /** Makes the rename itself durable where the platform allows a folder to be synced. */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // some platforms cannot open or sync a folder; the rename is still atomic
        }
    }

    @Override
    public void close() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                // closing after a failed write: the failure was reported already
            }
        }
        if (temporary != null && !committed) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // a hidden .tmp file may stay behind; the target is untouched
            }
        }
    }

    static String reason(Throwable e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException n) return "no such file or folder: " + TerminalSafe.escape(n.getFile());
        if (e instanceof FileSystemException f && f.getReason() != null) return TerminalSafe.escape(f.getReason());
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : TerminalSafe.escape(m);
    }

    private static String reasonOf(PrintWriter out) {
        return out instanceof StandardOutput s && s.failure() != null ? ": " + reason(s.failure()) : "";
    }

    /** The report could not be written where asked: the one-line reason, for the user (exit 2). */
    public static final class OutputException extends IOException {
        public OutputException(String message) { super(message); }
    }

    /** A writer that can also take bytes straight from a file (a spooled part of the report). */
    interface Bytes {
        /** Appends all of {@code source}'s bytes after what was written; false if it cannot. */
        boolean append(FileChannel source) throws IOException;
    }

    /** Turns any failed write into an {@link OutputException} that names the output. */
    private static final class Failing extends WatchedWriter implements Bytes {
        private final String name;
        private final FileOutputStream file;

        Failing(Writer out, String name) {
            this(out, name, null);
        }

        Failing(Writer out, String name, FileOutputStream file) {
            super(out);
            this.name = name;
            this.file = file;
        }

        @Override
        public boolean append(FileChannel source) throws IOException {
            if (file == null) return false;
            flush();
            try {
                FileChannel to = file.getChannel();
                long size = source.size();
                for (long at = 0; at < size; ) at += source.transferTo(at, size - at, to);
                return true;
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        IOException failed(IOException e) {
            return e instanceof OutputException ? e : new OutputException("cannot write the report to " + name + ": " + reason(e));
        }
    }
}
