package org.stpcheck.catalogue;

import java.lang.reflect.Constructor;
import java.util.Optional;

/**
 * A class a build step writes ({@code catalogue.build.GeneratedClass}), found by name at run time:
 * the sources that use it compile before it exists. It lives in the catalogue's package, the first
 * on the packages' road, so the loader and the engine may use it too.
 */
public final class BuiltClass {
    private BuiltClass() {}

    /**
     * A new instance of the built class {@code name}, as a {@code type}; empty in a partial build
     * that has not written it yet (before process-classes). {@code what} names it if it is there but
     * cannot be used.
     */
    public static <T> Optional<T> instance(String name, Class<T> type, String what) {
        try {
            Constructor<?> make = Class.forName(name).getDeclaredConstructor();
            // a built class is package-private, public to nobody but the package that uses it
            make.setAccessible(true);
            return Optional.of(type.cast(make.newInstance()));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot use the " + what + ": " + e, e);
        }
    }

    /**
     * What the built class {@code name}, a {@code Supplier} of constants (a catalogue, a map of
     * texts), supplies; empty in a partial build, as {@link #instance}.
     */
    @SuppressWarnings("unchecked")
    public static <T> Optional<T> supplied(String name, String what) {
        return instance(name, java.util.function.Supplier.class, what).map(built -> (T) built.get());
    }
}
