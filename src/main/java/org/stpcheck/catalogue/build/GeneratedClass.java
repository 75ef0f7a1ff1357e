package org.stpcheck.catalogue.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The end every build step that writes code shares: the source goes under the build's generated
 * sources, where a reader can see what ships, and is compiled into the classes directory as the
 * pom compiles the rest (release 17, string concatenation as plain code). It lives here, in the
 * catalogue's build package, because the catalogue comes before the loader and the engine on the
 * packages' road, so their build steps may use it.
 */
public final class GeneratedClass {
    private GeneratedClass() {}

    /**
     * Writes {@code source} as the class {@code className} under {@code sources} and compiles it
     * into {@code classes} against {@code classPath}; {@code what} names it when it does not compile.
     */
    public static void write(String className, String source, Path sources, Path classes, String classPath, String what) throws IOException {
        Path java = sources.resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, source, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) throw new IllegalStateException("the build needs a JDK (no Java compiler in " + System.getProperty("java.home") + ")");
        int rc = javac.run(null, null, null, "--release", "17", "-encoding", "UTF-8", "-nowarn", "-XDstringConcat=inline",
                "-classpath", classPath, "-d", classes.toString(), java.toString());
        if (rc != 0) throw new IllegalStateException("the generated " + what + " " + java + " does not compile");
    }
}
