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

    /**
     * A plan's bytes and the version the client must name to save over it. A file over the
     * loader's limit is held only up to the limit plus one byte, which is enough for the loader to
     * refuse it; its version is still the hash of the whole file.
     */
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
            return Optional.of(readVersion(name, file.get()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads one pass over the file: every byte goes into the hash, at most the loader's limit plus
     * one into memory, so a huge file costs a read, never its size in heap.
     */
    private static Version readVersion(String name, Path file) throws IOException {
        MessageDigest sha = sha256();
        long keep = PlanChecks.maxBytes() + 1;
        java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(65_536);
            while (ch.read(buf) >= 0) {
                buf.flip();
                sha.update(buf.duplicate());
                int room = (int) Math.min(buf.remaining(), keep - kept.size());
                kept.write(buf.array(), 0, room);
                buf.clear();
            }
        }
        return new Version(name, kept.toByteArray(), quoted(sha.digest()));
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
            String currentEtag;
            try {
                currentEtag = readVersion(name, file.get()).etag();
            } catch (NoSuchFileException e) {
                return new SaveResult.Missing();
            }
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
        return quoted(sha256().digest(bytes));
    }

    private static String quoted(byte[] digest) {
        return "\"" + HexFormat.of().formatHex(digest) + "\"";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
