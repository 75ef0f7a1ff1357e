package org.stpcheck.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The folder of plans the server serves: the only place it reads plans from and the only place it
 * ever writes, and then only when an author saves. A plan is named by its file name alone; a name
 * that could reach outside the folder (a separator, {@code ..}, an absolute path, a symbolic link
 * whose target lies outside) is treated as no plan at all.
 */
public final class PlanDir {
    /** Plain file names: no separators, no leading dot, so no {@code ..} and no hidden files. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}\\.yaml");
    /** Temporary files of a save: hidden, and never matching {@link #NAME}. */
    static final String TEMP_SUFFIX = ".stpcheck-save";

    private final Path dir;
    private final Path realDir;
    /** Saves compare and replace under one lock, so two saves of one version cannot both win. */
    private final Object saveLock = new Object();

    public PlanDir(Path dir) throws IOException {
        this.dir = dir;
        this.realDir = dir.toRealPath();
        if (!Files.isDirectory(realDir)) throw new IOException(dir + ": not a directory");
    }

    /** The folder as the user named it (reports show plan files under it). */
    public Path path() { return dir; }

    /** A plan's text and the version the client must name to save over it. */
    public record Version(String name, byte[] bytes, String etag) {}

    /** The outcome of a save: saved (with the new version), stale or missing. */
    public sealed interface SaveResult {
        record Saved(String etag) implements SaveResult {}
        record Stale(String currentEtag) implements SaveResult {}
        record Missing() implements SaveResult {}
    }

    /** Every {@code *.yaml} plan directly in the folder, sorted by name; links leaving it are left out. */
    public List<String> names() throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String n = p.getFileName().toString();
                if (resolve(n).isPresent()) names.add(n);
            }
        }
        names.sort(null);
        return names;
    }

    /** The files of {@link #names()}, as the checker is given them (under the folder's own name). */
    public List<Path> files() throws IOException {
        return names().stream().map(dir::resolve).toList();
    }

    /**
     * The real file behind a plan name, if the name is a plain plan file name and the file (after
     * following links) is a regular file inside the folder.
     */
    public Optional<Path> resolve(String name) {
        if (name == null || !NAME.matcher(name).matches()) return Optional.empty();
        try {
            Path real = realDir.resolve(name).toRealPath();
            if (!real.startsWith(realDir) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
            return Optional.of(real);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public Optional<Version> read(String name) throws IOException {
        Optional<Path> file = resolve(name);
        if (file.isEmpty()) return Optional.empty();
        try {
            byte[] bytes = readAtMost(file.get());
            return Optional.of(new Version(name, bytes, etag(bytes)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Size checked before reading: a file over the loader's limit is read only up to it, and flagged by length. */
    private static byte[] readAtMost(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = Math.min(ch.size(), PlanChecks.maxBytes() + 1);
            ByteBuffer buf = ByteBuffer.allocate((int) size);
            while (buf.hasRemaining() && ch.read(buf) >= 0) { /* fill */ }
            byte[] out = new byte[buf.position()];
            buf.flip().get(out);
            return out;
        }
    }

    /**
     * Saves {@code bytes} as plan {@code name} if the file on disk is still the version the client
     * read ({@code ifMatch}). The text goes to a temporary file in the same folder, is forced to
     * disk, and replaces the plan by an atomic rename: a reader, or a crash at any moment, sees the
     * old plan or the new one, never part of either.
     */
    public SaveResult save(String name, String ifMatch, byte[] bytes) throws IOException {
        synchronized (saveLock) {
            Optional<Path> file = resolve(name);
            if (file.isEmpty()) return new SaveResult.Missing();
            byte[] current;
            try {
                current = readAtMost(file.get());
            } catch (NoSuchFileException e) {
                return new SaveResult.Missing();
            }
            String currentEtag = etag(current);
            if (!currentEtag.equals(ifMatch)) return new SaveResult.Stale(currentEtag);
            Path target = file.get();
            Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
            try {
                try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    ByteBuffer buf = ByteBuffer.wrap(bytes);
                    while (buf.hasRemaining()) ch.write(buf);
                    ch.force(true);
                }
                keepPermissions(target, temp);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                forceDirectory(target.getParent());
            } finally {
                Files.deleteIfExists(temp);
            }
            return new SaveResult.Saved(etag(bytes));
        }
    }

    /** The saved plan keeps the permissions the author gave the file, not the process's defaults. */
    private static void keepPermissions(Path from, Path to) throws IOException {
        if (Files.getFileStore(to).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder (Linux does). */
    private static void forceDirectory(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the rename is atomic either way; only its durability across a power cut is weaker here
        }
    }

    /**
     * Removes temporary files that an interrupted save (a killed server) left behind. Only names
     * this class makes are touched: a hidden name ending in {@link #TEMP_SUFFIX}.
     */
    public int removeLeftoverTemporaries() throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(realDir, "." + "*" + TEMP_SUFFIX)) {
            for (Path p : s) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(p)) removed++;
            }
        }
        return removed;
    }

    /** A strong entity tag: the SHA-256 of the bytes, quoted as HTTP writes it. */
    public static String etag(byte[] bytes) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
