package org.stpcheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@link Locations#spot}: one walk that answers as {@code existing}, {@code inFile} and {@code place} did. */
class LocationsTest {
    /*
     * plan:            line 1
     *   id: x          line 2, column 3
     * items:           line 3
     *   - name: a      line 4 (item at column 5, its key at 7)
     *   - name: b      line 5
     *   - name: c      line 6
     */
    private static final Map<String, int[]> POSITIONS = Map.of(
            "plan", new int[] {1, 1}, "plan.id", new int[] {2, 3}, "items", new int[] {3, 1},
            "items[0]", new int[] {4, 5}, "items[0].name", new int[] {4, 7},
            "items[1]", new int[] {5, 5}, "items[1].name", new int[] {5, 7},
            "items[2]", new int[] {6, 5}, "items[2].name", new int[] {6, 7});
    private static final Map<String, int[]> ENDS = Map.of(
            "", new int[] {6, 1}, "plan", new int[] {2, 3}, "items", new int[] {6, 5},
            "items[0]", new int[] {4, 7}, "items[1]", new int[] {5, 7}, "items[2]", new int[] {6, 7});

    private final Locations where = new Locations(POSITIONS, ENDS);

    @Test
    void anExistingNodeIsItsOwnSpot() {
        assertThat(where.spot("plan.id")).isEqualTo(new Locations.Spot("plan.id", null, 2, 3));
        assertThat(where.spot("items[1]")).isEqualTo(new Locations.Spot("items[1]", null, 5, 5));
    }

    @Test
    void aMissingKeyGoesAtTheEndOfItsNearestExistingAncestor() {
        assertThat(where.spot("plan.version")).isEqualTo(new Locations.Spot("plan", "plan.version", 2, 3));
        assertThat(where.spot("items[1].owner.name")).isEqualTo(new Locations.Spot("items[1]", "items[1].owner.name", 5, 7));
        assertThat(where.spot("items[7].name")).isEqualTo(new Locations.Spot("items", "items[7].name", 6, 5));
        assertThat(where.spot("transparency.published")).isEqualTo(new Locations.Spot("", "transparency.published", 6, 1));
    }

    @Test
    void noPathIsTheTopOfTheFile() {
        assertThat(where.spot(null)).isEqualTo(new Locations.Spot("", null, 1, 1));
        assertThat(where.spot("")).isEqualTo(new Locations.Spot("", null, 1, 1));
    }

    @Test
    void agreesWithTheOneByOneQuestions() {
        for (String p : List.of("plan", "plan.id", "plan.version", "items", "items[0].name", "items[2].name.first",
                "items[9]", "other", "other.deeper[3].key", "")) {
            Locations.Spot s = where.spot(p);
            // the one-by-one answers, worked out here without spot: the nearest existing path by its
            // own walk, and the place as it was defined before spot (the node, or where its key goes)
            String existing = p;
            while (!existing.isEmpty() && !POSITIONS.containsKey(existing)) existing = Locations.parent(existing);
            int[] place = existing.equals(p) ? where.find(p) : where.insertionPoint(existing);
            assertThat(s.path()).as(p).isEqualTo(existing).isEqualTo(where.existing(p));
            assertThat(s.missing()).as(p).isEqualTo(s.path().equals(where.inFile(p)) ? null : where.inFile(p));
            assertThat(new int[] {s.line(), s.column()}).as(p).containsExactly(place).containsExactly(where.place(p));
        }
    }

    @Test
    void aRenumberedPathIsTranslatedOnce() {
        // the filtered plan dropped the file's first item: its items[0] is the file's items[1], and so on
        Locations filtered = where.translated(Map.of("items[0]", "items[1]", "items[1]", "items[2]"));
        // translated twice, items[0] would become the file's items[2], on line 6
        assertThat(filtered.spot("items[0].name")).isEqualTo(new Locations.Spot("items[1].name", null, 5, 7));
        assertThat(filtered.place("items[0].name")).containsExactly(5, 7);
        assertThat(filtered.spot("items[1].owner")).isEqualTo(new Locations.Spot("items[2]", "items[2].owner", 6, 7));
    }
}
