package org.stpcheck.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The ids a plan file declares and the references to them (plan-format 1.4). Ids are registered and
 * references noted while {@link FormatChecker} walks the file; references are resolved once it has
 * all been read, so a reference may point at an item further down.
 */
final class IdReferences {
    /** An item with an id: what it is (for references), where it is. */
    record Identified(String kind, String path, int line, int column) {}

    /** A reference waiting to be resolved once every id is known. */
    record Reference(String kind, String value, String path, int line, int column) {}

    /**
     * The kinds of item a reference to an organisation may name: a CCG, a local authority, and every
     * type the format allows in its lists of organisations by type ({@code providers},
     * {@code other_bodies}), read from {@link PlanFormat} so that a type added there is an
     * organisation here too.
     */
    private static final Set<String> ORGANISATION_KINDS = organisationKinds();

    private final Map<String, Identified> ids = new HashMap<>();
    private final List<Reference> references = new ArrayList<>();

    /** Registers {@code item} under {@code id}; returns the item that already had the id (which keeps it), or null. */
    Identified register(String id, Identified item) {
        return ids.putIfAbsent(id, item);
    }

    void add(Reference reference) {
        references.add(reference);
    }

    void addAll(List<Reference> more) {
        references.addAll(more);
    }

    /**
     * Resolves every reference against the file's ids; an unknown or wrong-kind target is an error in
     * {@code errors}. {@code suggest} gives "; did you mean ...?" for a value among candidates, or "".
     */
    void resolve(LoadErrors errors, BiFunction<String, List<String>, String> suggest) {
        Map<String, List<String>> candidatesByKind = new HashMap<>();
        for (Reference r : references) {
            if (r.kind().equals("org_or_hwb") && r.value().equals("hwb")) continue;
            Identified target = ids.get(r.value());
            if (target == null) {
                List<String> candidates = !errors.worthDetail() ? List.of() : candidatesByKind.computeIfAbsent(r.kind(), k -> ids.entrySet().stream()
                        .filter(e -> accepts(k, e.getValue().kind())).map(Map.Entry::getKey).sorted().toList());
                error(errors, r, "no " + kindWord(r.kind()) + " has the id " + Quote.quoted(r.value()) + suggest.apply(r.value(), candidates));
            } else if (!accepts(r.kind(), target.kind())) {
                error(errors, r, Quote.quoted(r.value()) + " is " + article(target.kind()) + " (" + target.path() + "), but " + kindWord(r.kind()) + " is needed here");
            }
        }
    }

    private static Set<String> organisationKinds() {
        Set<String> kinds = new HashSet<>(List.of("ccg", "local_authority"));
        addOrganisationTypes(PlanFormat.ROOT, kinds);
        return Set.copyOf(kinds);
    }

    private static void addOrganisationTypes(Shape shape, Set<String> kinds) {
        if (shape instanceof Shape.ListOf list) addOrganisationTypes(list.item(), kinds);
        if (!(shape instanceof Shape.Obj obj)) return;
        Shape.Field type = obj.field("type");
        if (obj.idKind() == Shape.IdKind.ORG_BY_TYPE && type != null && type.shape() instanceof Shape.Scalar s) kinds.addAll(s.values());
        for (Shape.Field f : obj.fields()) addOrganisationTypes(f.shape(), kinds);
    }

    private static void error(LoadErrors errors, Reference r, String message) {
        errors.add(new LoadError(r.line(), r.column(), r.path(), message));
    }

    private static boolean accepts(String refKind, String targetKind) {
        return switch (refKind) {
            case "org", "org_or_hwb" -> ORGANISATION_KINDS.contains(targetKind);
            case "ccg" -> targetKind.equals("ccg");
            case "la" -> targetKind.equals("local_authority");
            case "commissioner" -> targetKind.equals("ccg") || targetKind.equals("nhs_england");
            case "trust" -> targetKind.equals("nhs_trust") || targetKind.equals("foundation_trust");
            default -> targetKind.equals(refKind);
        };
    }

    private static String kindWord(String refKind) {
        return switch (refKind) {
            case "org", "org_or_hwb" -> "organisation";
            case "ccg" -> "CCG";
            case "la" -> "local authority";
            case "commissioner" -> "commissioner (a CCG or NHS England)";
            case "trust" -> "NHS trust or foundation trust";
            case "source" -> "plan source (plan.sources)";
            case "s75" -> "section 75 agreement";
            case "activity" -> "engagement or involvement activity";
            default -> refKind;
        };
    }

    private static String article(String kind) {
        String w = kind.replace('_', ' ');
        return (w.matches("^[aeiou].*") ? "an " : "a ") + w;
    }
}
