package org.stpcheck.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.stpcheck.load.TerminalSafe;


/**
 * The plan files a command line names: files as given, and every {@code *.yaml} in a named
 * directory (not its subdirectories). In a directory, a {@code .yaml} entry that is not a readable
 * regular file — a FIFO, a device, a socket, a folder, a broken link or a link loop, a file that
 * cannot be read — is never opened: it is listed as skipped, with what it is. A file named twice
 * (by two paths, or by a directory and by itself) is checked once, and a note says so. A file
 * named directly goes to the loader whatever it is, and the loader reports what is wrong with it.
 * A directory's {@code waivers.yaml} is not a plan: it is the waivers file beside them.
 */
record PlanFiles(List<Path> files, List<String> notes, int skipped) {
    /** The waivers file a folder of plans may hold beside them; a folder's listing leaves it out. */
    static final String WAIVERS = "waivers.yaml";

    /**
     * The waivers files beside the plans named: {@code waivers.yaml} in each folder named, and in
     * the folder of each file named; each found once, in the order first named.
     */
    static List<Path> waiversBeside(List<Path> inputs) {
        java.util.LinkedHashMap<Path, Path> found = new java.util.LinkedHashMap<>();
        for (Path in : inputs) {
            Path dir = Files.isDirectory(in) ? in : in.getParent();
            Path w = dir == null ? Path.of(WAIVERS) : dir.resolve(WAIVERS);
            if (Files.isRegularFile(w)) found.putIfAbsent(w.toAbsolutePath().normalize(), w);
        }
        return List.copyOf(found.values());
    }

    static PlanFiles expand(List<Path> inputs) {
        List<Path> found = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int skipped = 0;
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                List<Path> entries = new ArrayList<>();
                try (DirectoryStream<Path> dir = Files.newDirectoryStream(in, "*.yaml")) {
                    dir.forEach(entries::add);
                } catch (IOException | RuntimeException e) {
                    throw new Main.UserError(TerminalSafe.escape(in.toString()) + ": cannot list the folder: " + reason(e));
                }
                entries.sort(Comparator.comparing(Path::toString));
                for (Path p : entries) {
                    if (p.getFileName().toString().equals(WAIVERS)) continue;   // the folder's waivers, not a plan
                    String what = notAPlanFile(p);
                    if (what == null) {
                        found.add(p);
                    } else {
                        notes.add(TerminalSafe.escape(p.toString()) + ": skipped, " + what);
                        skipped++;
                    }
                }
            } else if (Files.exists(in, LinkOption.NOFOLLOW_LINKS)) {
                found.add(in);
            } else {
                throw new Main.UserError(TerminalSafe.escape(in.toString()) + ": no such file or directory");
            }
        }
        List<Path> files = once(found, notes);
        if (files.isEmpty() && skipped == 0) throw new Main.UserError("no .yaml plan files in " + TerminalSafe.escape(inputs.toString()));
        return new PlanFiles(files, notes, skipped);
    }

    /** Drops a file already named by another path; the run keeps the first in file-name order. */
    private static List<Path> once(List<Path> found, List<String> notes) {
        List<Path> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Path::toString));
        Map<Object, Path> byIdentity = new HashMap<>();
        List<Path> out = new ArrayList<>();
        for (Path p : sorted) {
            Path first = byIdentity.putIfAbsent(identity(p), p);
            if (first == null) {
                out.add(p);
            } else {
                notes.add(TerminalSafe.escape(p.toString()) + ": named twice (also as " + TerminalSafe.escape(first.toString())
                        + "); checked once");
            }
        }
        return out;
    }

    /** The file itself (device and inode where the platform has them), else its normalised absolute path. */
    private static Object identity(Path p) {
        try {
            Object key = Files.readAttributes(p, BasicFileAttributes.class).fileKey();
            if (key != null) return key;
        } catch (IOException | RuntimeException e) {
            // a file that cannot be examined is told apart by its path; the loader reports the problem
        }
        return p.toAbsolutePath().normalize();
    }

    /** Why a directory entry is not a plan file to open, or null when it is a readable regular file. */
    static String notAPlanFile(Path p) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Files.isSymbolicLink(p) ? "a broken symbolic link" : "it disappeared";
        } catch (FileSystemException e) {
            if (Files.isSymbolicLink(p)) return "a symbolic link loop";
            return "cannot be examined: " + reason(e);
        } catch (IOException | RuntimeException e) {
            return "cannot be examined: " + reason(e);
        }
        if (a.isRegularFile()) return Files.isReadable(p) ? null : "not readable (permission denied)";
        if (a.isDirectory()) return "a folder";
        return kind(p);
    }

    /** A FIFO, a device or a socket, from the file's mode where the platform tells it. */
    private static String kind(Path p) {
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode");
            switch (mode & 0170000) {
                case 0010000: return "a FIFO (named pipe)";
                case 0020000: return "a character device";
                case 0060000: return "a block device";
                case 0140000: return "a socket";
                default: break;
            }
        } catch (IOException | RuntimeException e) {
            // no unix view on this platform: say what can be said
        }
        return "not a regular file";
    }

    private static String reason(Exception e) {
        if (e instanceof FileSystemException f && f.getReason() != null) return TerminalSafe.escape(f.getReason());
        return TerminalSafe.escape(String.valueOf(e.getMessage()));
    }
}
