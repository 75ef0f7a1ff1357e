package org.stpcheck.load;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;

/**
 * Reads the plan-format 1.1 subset of YAML from the parser's event stream. Working on events, not
 * on SnakeYAML's composed nodes, means an anchor, alias, tag or repeated key is seen and refused
 * before anything is expanded or typed by YAML 1.1 rules.
 *
 * <p>The limits are enforced here, event by event, because SnakeYAML's own nesting limit applies
 * only when composing nodes: its scanner is lazy, so stopping at the 41st level or the 100,001st
 * value stops the work too, and a 4 MB file of {@code [} is refused in milliseconds.
 */
final class YamlReader {
    static final int MAX_CHARS = 4_000_000;
    /** Collections inside collections; the format itself needs 7. */
    static final int MAX_DEPTH = 40;
    /**
     * Keys, values, lists and mappings: 55 times the largest plan here (the worked example, 1,799).
     * It bounds the memory and time one file can take; long text is not limited by it.
     */
    static final int MAX_NODES = 100_000;
    /**
     * SnakeYAML copies its whole look-ahead each time it reads on within one token, so a token of n
     * characters costs n²/2,048: a 4 MB line takes seconds. Lines, and so tokens, are limited to a
     * length that costs milliseconds; long text is written over several lines (a {@code >} block).
     */
    static final int MAX_LINE = 100_000;
    /** SnakeYAML's (and YAML's) limit on a key written without {@code ?}. */
    private static final int MAX_SIMPLE_KEY = 1024;

    private final LoadErrors errors;
    private SourceText source;
    /** The last line of each scalar and flow collection that spans more than one line. */
    private final Map<YamlNode, Integer> lastLines = new IdentityHashMap<>();
    /** The line of the last position read, where the next is looked for first. */
    private int lastLine = 1;

    YamlReader(LoadErrors errors) { this.errors = errors; }

    /**
     * The last line (1-based) of a scalar or flow collection of the last document read; a block
     * collection ends where its last child does, which {@link Locations} works out.
     */
    int ownLastLine(YamlNode node) {
        Integer known = lastLines.get(node);
        return known != null ? known : node.position().line();
    }

    /** {@link #read(SourceText)} of plain text (the worked example, an excerpt, a snippet). */
    YamlNode read(String text) { return read(new SourceText(text)); }

    /** The document's root, or null after a syntax error or a broken limit (reported, and loading stops). */
    YamlNode read(SourceText text) {
        this.source = text;
        this.lastLine = 1;
        int[] forbidden = text.forbidden(LoadErrors.LISTED + 1);
        for (int at : forbidden) {
            YamlNode.Position p = text.position(at);
            int c = text.codePointAt(at);
            errors.add(new LoadError(p.line(), p.column(), "", String.format("the %s U+%04X (%s) is not allowed in a plan file; delete it",
                    c >= 0xFFFE ? "noncharacter" : "control character", c, TerminalSafe.escape(Character.toString(c)))));
        }
        int[] longLines = text.linesLongerThan(MAX_LINE, LoadErrors.LISTED + 1);
        for (int line : longLines) {
            errors.add(new LoadError(line + 1, MAX_LINE + 1, "", "line " + (line + 1) + " is " + text.lineLength(line)
                    + " characters long; a line of a plan file may be at most " + MAX_LINE + " (write long text over several lines, as a > block)"));
        }
        if (forbidden.length > 0 || longLines.length > 0) return null;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARS);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        Deque<Object> stack = new ArrayDeque<>(); // Mapping builders, Sequence builders
        YamlNode root = null;
        int documents = 0;
        int nodes = 0;
        try {
            // the parser alone, as Yaml.parse builds it: a Yaml object also builds a constructor and a representer
            Parser parser = new ParserImpl(new StreamReader(new StringReader(text.yaml())), options);
            while (parser.peekEvent() != null) {
                Event e = parser.getEvent();
                if (e instanceof DocumentStartEvent) {
                    documents++;
                    if (documents > 1) {
                        error(e.getStartMark(), "a second YAML document; a plan file holds exactly one");
                        return null;
                    }
                    continue;
                }
                if (e instanceof AliasEvent a) {
                    error(e.getStartMark(), "an alias (*" + Quote.shown(a.getAnchor()) + ") is not allowed in a plan file");
                    return null;
                }
                if (e instanceof NodeEvent ne && ne.getAnchor() != null) {
                    error(e.getStartMark(), "an anchor (&" + Quote.shown(ne.getAnchor()) + ") is not allowed in a plan file");
                    return null;
                }
                String tag = e instanceof CollectionStartEvent cs ? cs.getTag() : e instanceof ScalarEvent se ? se.getTag() : null;
                if (tag != null) {
                    error(e.getStartMark(), "a tag (" + Quote.shown(tag) + ") is not allowed in a plan file");
                    return null;
                }
                if ((e instanceof CollectionStartEvent || e instanceof ScalarEvent) && ++nodes > MAX_NODES) {
                    error(e.getStartMark(), "more than " + MAX_NODES + " keys and values; a plan file holds at most " + MAX_NODES);
                    return null;
                }
                if (e instanceof CollectionStartEvent && stack.size() >= MAX_DEPTH) {
                    error(e.getStartMark(), "lists and mappings nested more than " + MAX_DEPTH + " deep; a plan file is never nested that deep");
                    return null;
                }
                YamlNode done = null;
                if (e instanceof MappingStartEvent ms) {
                    stack.push(new MapBuilder(pos(e.getStartMark()), ms.isFlow()));
                } else if (e instanceof SequenceStartEvent ss) {
                    stack.push(new SeqBuilder(pos(e.getStartMark()), ss.isFlow()));
                } else if (e.is(Event.ID.MappingEnd)) {
                    MapBuilder b = (MapBuilder) stack.pop();
                    done = new YamlNode.Mapping(b.position, b.entries);
                    if (b.flow) recordEnd(done, e.getEndMark());
                } else if (e.is(Event.ID.SequenceEnd)) {
                    SeqBuilder b = (SeqBuilder) stack.pop();
                    done = new YamlNode.Sequence(b.position, b.items);
                    if (b.flow) recordEnd(done, e.getEndMark());
                } else if (e instanceof ScalarEvent se) {
                    boolean plain = se.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
                    done = new YamlNode.Scalar(pos(se.getStartMark()), text.restore(se.getValue()), plain);
                    recordEnd(done, se.getEndMark());
                }
                if (done == null) continue;
                if (stack.isEmpty()) {
                    root = done;
                } else if (stack.peek() instanceof MapBuilder m) {
                    if (!m.accept(done)) return null;
                } else {
                    ((SeqBuilder) stack.peek()).items.add(done);
                }
            }
        } catch (MarkedYAMLException ex) {
            syntaxError(ex);
            return null;
        } catch (RuntimeException ex) {
            // SnakeYAML reports some limits (size) as plain exceptions without a mark
            errors.add(new LoadError(1, 1, "", "not valid YAML: " + firstLine(ex.getMessage())));
            return null;
        }
        return root;
    }

    private void syntaxError(MarkedYAMLException ex) {
        Mark problem = ex.getProblemMark();
        Mark context = ex.getContextMark();
        if (problem != null && context != null && "while scanning a simple key".equals(ex.getContext())
                && problem.getIndex() - context.getIndex() >= MAX_SIMPLE_KEY) {
            error(context, "not valid YAML: a key of " + (problem.getIndex() - context.getIndex())
                    + " characters or more, with no ':' within its first " + MAX_SIMPLE_KEY
                    + "; YAML allows a key at most " + MAX_SIMPLE_KEY + " characters long, and a plan's keys are short names");
            return;
        }
        Mark m = problem != null ? problem : context;
        String text = "not valid YAML: " + firstLine(ex.getProblem() != null ? ex.getProblem() : ex.getMessage());
        if (m != null) error(m, text);
        else errors.add(new LoadError(1, 1, "", text));
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }

    private void error(Mark m, String message) {
        YamlNode.Position p = pos(m);
        errors.add(new LoadError(p.line(), p.column(), "", message));
    }

    private YamlNode.Position pos(Mark m) { return position(m.getIndex()); }

    private YamlNode.Position position(int index) {
        YamlNode.Position p = source.position(index, lastLine);
        lastLine = p.line();
        return p;
    }

    /** A node's last line from its end mark, which for a block scalar sits at the start of the next line. */
    private void recordEnd(YamlNode node, Mark end) {
        YamlNode.Position at = position(end.getIndex());   // lines as grep counts them (SourceText)
        int line = at.line();
        if (at.column() == 1 && line > node.position().line()) line--;
        if (line != node.position().line()) lastLines.put(node, line); // most nodes end on the line they start
    }

    private static final class SeqBuilder {
        final YamlNode.Position position;
        final boolean flow;
        final List<YamlNode> items = new ArrayList<>();
        SeqBuilder(YamlNode.Position p, boolean flow) { position = p; this.flow = flow; }
    }

    private final class MapBuilder {
        final YamlNode.Position position;
        final boolean flow;
        final LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        YamlNode pendingKey;
        MapBuilder(YamlNode.Position p, boolean flow) { position = p; this.flow = flow; }

        boolean accept(YamlNode node) {
            if (pendingKey == null) {
                pendingKey = node;
                return true;
            }
            YamlNode key = pendingKey;
            pendingKey = null;
            if (!(key instanceof YamlNode.Scalar ks)) {
                errors.add(new LoadError(key.position().line(), key.position().column(), "", "a mapping key must be a string"));
                return false;
            }
            if (ks.plain() && "<<".equals(ks.text())) {
                errors.add(new LoadError(ks.position().line(), ks.position().column(), "", "a merge key (<<) is not allowed in a plan file"));
                return false;
            }
            YamlNode.Entry previous = entries.get(ks.text());
            if (previous != null) {
                errors.add(new LoadError(ks.position().line(), ks.position().column(), "",
                        "duplicate key " + Quote.quoted(ks.text()) + " (first at line " + previous.keyPosition().line() + ")"));
                return true; // keep reading: the other errors of the file are still worth reporting
            }
            entries.put(ks.text(), new YamlNode.Entry(ks.text(), ks.position(), node));
            return true;
        }
    }
}
