package org.stpcheck.cli;

import java.util.List;

import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * One option or parameter of a command: declared into the command's spec where the command is, and
 * read back, typed, from that spec after the parse. The commands are built this way rather than
 * with picocli's annotations (issue 12): reading the annotations cost a cold run 30-50 ms of
 * reflection and a dynamic proxy class per annotation type, which Java 25's AOT cache cannot hold.
 *
 * @param <T> what the command reads: the converted value (picocli's type conversion)
 */
final class Value<T> {
    private final ArgSpec arg;

    private Value(ArgSpec arg) {
        this.arg = arg;
    }

    /** The parsed value, or the default, or null when there is neither. */
    T get() {
        return arg.getValue();
    }

    /** An option of one value of {@code type}. */
    static <T> Value<T> of(CommandSpec spec, Class<T> type, OptionSpec.Builder option) {
        return add(spec, option.type(type).build());
    }

    /** A positional parameter of one value of {@code type}. */
    static <T> Value<T> of(CommandSpec spec, Class<T> type, PositionalParamSpec.Builder parameter) {
        return add(spec, parameter.type(type).build());
    }

    /** An option that may be given several times (with {@code splitRegex}, several values at once): null when never given. */
    static <E> Value<List<E>> list(CommandSpec spec, Class<E> element, OptionSpec.Builder option) {
        return add(spec, option.type(List.class).auxiliaryTypes(element).build());
    }

    /** Positional parameters, as many as their arity allows. */
    static <E> Value<List<E>> list(CommandSpec spec, Class<E> element, PositionalParamSpec.Builder parameter) {
        return add(spec, parameter.type(List.class).auxiliaryTypes(element).build());
    }

    /** An option without a value: true when given, false otherwise (like the boolean field it replaces). */
    static Value<Boolean> flag(CommandSpec spec, OptionSpec.Builder option) {
        return add(spec, option.type(boolean.class).initialValue(false).build());
    }

    private static <T> Value<T> add(CommandSpec spec, OptionSpec option) {
        spec.addOption(option);
        return new Value<>(option);
    }

    private static <T> Value<T> add(CommandSpec spec, PositionalParamSpec parameter) {
        spec.addPositional(parameter);
        return new Value<>(parameter);
    }
}
