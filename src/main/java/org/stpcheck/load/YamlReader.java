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
import org.yaml.snakeyaml.Yaml;
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
 */
final class YamlReader {
    static final int MAX_CHARS = 4_000_000;
    private static final int MAX_DEPTH = 40;

    private final List<LoadError> errors;
    /** The last line of each scalar and flow collection that spans more than one line. */
    private final Map<YamlNode, Integer> lastLines = new IdentityHashMap<>();

    YamlReader(List<LoadError> errors) { this.errors = errors; }

    /**
     * The last line (1-based) of a scalar or flow collection of the last document read; a block
     * collection ends where its last child does, which {@link Locations} works out.
     */
    int ownLastLine(YamlNode node) {
        Integer known = lastLines.get(node);
        return known != null ? known : node.position().line();
    }

    /** The document's root, or null after a syntax error (reported, and loading stops). */
    YamlNode read(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARS);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        Deque<Object> stack = new ArrayDeque<>(); // Mapping builders, Sequence builders
        YamlNode root = null;
        int documents = 0;
        try {
            for (Event e : new Yaml(options).parse(new StringReader(text))) {
                if (e instanceof DocumentStartEvent) {
                    documents++;
                    if (documents > 1) {
                        error(e.getStartMark(), "", "a second YAML document; a plan file holds exactly one");
                        return null;
                    }
                    continue;
                }
                if (e instanceof AliasEvent) {
                    error(e.getStartMark(), "", "an alias (*" + ((AliasEvent) e).getAnchor() + ") is not allowed in a plan file");
                    return null;
                }
                if (e instanceof NodeEvent ne && ne.getAnchor() != null) {
                    error(e.getStartMark(), "", "an anchor (&" + ne.getAnchor() + ") is not allowed in a plan file");
                    return null;
                }
                if (e instanceof CollectionStartEvent cs && cs.getTag() != null) {
                    error(e.getStartMark(), "", "a tag (" + cs.getTag() + ") is not allowed in a plan file");
                    return null;
                }
                if (e instanceof ScalarEvent se && se.getTag() != null) {
                    error(e.getStartMark(), "", "a tag (" + se.getTag() + ") is not allowed in a plan file");
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
                    done = new YamlNode.Scalar(pos(se.getStartMark()), se.getValue(), plain);
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
            Mark m = ex.getProblemMark() != null ? ex.getProblemMark() : ex.getContextMark();
            String problem = ex.getProblem() != null ? ex.getProblem() : ex.getMessage();
            if (m != null) error(m, "", "not valid YAML: " + problem.strip());
            else errors.add(new LoadError(1, 1, "", "not valid YAML: " + problem.strip()));
            return null;
        } catch (RuntimeException ex) {
            // SnakeYAML reports limits (size, depth) as plain exceptions without a mark
            errors.add(new LoadError(1, 1, "", "not valid YAML: " + ex.getMessage()));
            return null;
        }
        return root;
    }

    private void error(Mark m, String path, String message) {
        errors.add(new LoadError(m.getLine() + 1, m.getColumn() + 1, path, message));
    }

    private static YamlNode.Position pos(Mark m) { return new YamlNode.Position(m.getLine() + 1, m.getColumn() + 1); }

    /** A node's last line from its end mark, which for a block scalar sits at the start of the next line. */
    private void recordEnd(YamlNode node, Mark end) {
        int line = end.getLine() + 1;
        if (end.getColumn() == 0 && line > node.position().line()) line--;
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
                        "duplicate key \"" + ks.text() + "\" (first at line " + previous.keyPosition().line() + ")"));
                return true; // keep reading: the other errors of the file are still worth reporting
            }
            entries.put(ks.text(), new YamlNode.Entry(ks.text(), ks.position(), node));
            return true;
        }
    }
}
