package org.stpcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.stpcheck.PlanFacts.Row;
import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.Located;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.load.PlanLoader;
import org.stpcheck.load.PlanLoader.LoadedPlan;
import org.stpcheck.model.Reconfiguration;

/**
 * Spot checks of the real plans against the data, one for each kind of fact: the value in the plan
 * file is the data's, and the finding the plan now gets follows from it.
 */
class RealPlansTest {
    static final Path BOB = Path.of("plans/buckinghamshire-oxfordshire-and-berkshire-west.yaml");
    static final Path GM = Path.of("plans/greater-manchester.yaml");
    static final Path STAFFS = Path.of("plans/staffordshire.yaml");
    static final Path LLR = Path.of("plans/leicester-leicestershire-and-rutland.yaml");
    static final Path LSC = Path.of("plans/lancashire-and-south-cumbria.yaml");
    static final Path WNEC = Path.of("plans/west-north-and-east-cumbria.yaml");
    static final Path BSOL = Path.of("plans/birmingham-and-solihull.yaml");

    static List<Row> rows;
    static Map<String, PlanReport> reports = new java.util.HashMap<>();

    @BeforeAll
    static void checkAll() throws IOException {
        rows = PlanFacts.rows();
        for (PlanReport p : TestSupport.check(CorpusTest.planFiles().toArray(Path[]::new)).plans()) reports.put(p.file(), p);
    }

    private static Row row(String footprint, String factKey, String valueStart) {
        return rows.stream().filter(r -> r.footprint().startsWith(footprint) && r.factKey().equals(factKey) && r.value().startsWith(valueStart))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + footprint + " " + factKey + " " + valueStart));
    }

    private static LoadedPlan load(Path p) {
        LoadedPlan lp = new PlanLoader().load(p);
        assertThat(lp.errors()).isEmpty();
        return lp;
    }

    private static Result result(Path p, String id) {
        return TestSupport.result(reports.get(p.toString()), id);
    }

    private static List<Located> findingsAt(Result r, String path) {
        return r.findings().stream().filter(f -> f.finding().path().equals(path)).toList();
    }

    @Test
    void aBedReductionDecidedAfterApril2017WithoutBedTestEvidenceIsUnmetUnderRECONF06() {
        // Oxfordshire's acute beds: the permanent closure the CCG decided on 10 August 2017
        Row beds = row("Buckinghamshire", "bed_change", "-110");
        LoadedPlan lp = load(BOB);
        Reconfiguration rc = lp.plan().reconfigurations().stream()
                .filter(r -> Integer.valueOf(beds.value()).equals(r.bedChange())).findFirst().orElseThrow();
        assertThat(lp.provenance().sourceOf(rc.path() + ".bed_change").orElseThrow().url()).isEqualTo(beds.url());
        assertThat(rc.decisionDate()).isEqualTo(LocalDate.parse(beds.date())).isAfterOrEqualTo(LocalDate.of(2017, 4, 1));
        assertThat(rc.bedTest()).isNull();
        Result r06 = result(BOB, "RECONF-06");
        assertThat(r06.outcome()).isEqualTo(Outcome.UNMET);
        assertThat(findingsAt(r06, rc.path() + ".bed_test")).singleElement()
                .satisfies(f -> assertThat(f.finding().outcome()).isEqualTo(Outcome.UNMET));
    }

    @Test
    void everySignificantBedReductionOfTheCorpusGetsTheRECONF06OutcomeItsDecisionDateCallsFor() {
        int applies = 0;
        for (Path f : reports.keySet().stream().map(Path::of).toList()) {
            LoadedPlan lp = load(f);
            if (lp.plan().reconfigurations() == null) continue;
            for (Reconfiguration rc : lp.plan().reconfigurations()) {
                if (rc.bedChange() == null || rc.bedChange() > -20) continue;
                boolean before = rc.decisionDate() != null && rc.decisionDate().isBefore(LocalDate.of(2017, 4, 1));
                Outcome expected = before ? Outcome.NOT_APPLICABLE : Outcome.UNMET;
                String at = rc.decisionDate() == null ? ".decision_date" : ".bed_test";
                if (!before && rc.decisionDate() != null) applies++;
                boolean found = result(f, "RECONF-06").findings().stream()
                        .anyMatch(l -> rc.id().equals(l.finding().facts().get("reconfiguration")) && l.finding().outcome() == expected
                                && (before || l.finding().path().equals(rc.path() + at)));
                assertThat(found).as("%s %s (%s beds, decided %s): %s", f, rc.id(), rc.bedChange(), rc.decisionDate(), expected).isTrue();
            }
        }
        assertThat(applies).as("bed reductions decided after the test took effect").isPositive();
    }

    @Test
    void theGapIsTheHigherConfidenceSourceAndPG11SeesItWhereAPlanWithoutOneIsUnmet() {
        Row high = row("Greater Manchester", "funding_gap_2020_21_gbp_m", "2000");
        assertThat(high.confidence()).isEqualTo("high");
        LoadedPlan gm = load(GM);
        assertThat(gm.plan().finance().doNothingGap2020To21Gbp()).isEqualTo(Double.parseDouble(high.value()) * 1_000_000);
        assertThat(gm.provenance().sourceOf("finance.do_nothing_gap_2020_21_gbp").orElseThrow().confidence()).isEqualTo("high");
        assertThat(findingsAt(result(GM, "PG-11"), "finance.do_nothing_gap_2020_21_gbp"))
                .singleElement().satisfies(f -> assertThat(f.finding().outcome()).isEqualTo(Outcome.PASS));
        // Staffordshire's only figure is "more than £286m": left out, so PG-11 finds no gap
        assertThat(row("Staffordshire", "funding_gap_2020_21_gbp_m", "286").unit()).contains("more than");
        assertThat(findingsAt(result(STAFFS, "PG-11"), "finance.do_nothing_gap_2020_21_gbp"))
                .singleElement().satisfies(f -> assertThat(f.finding().outcome()).isEqualTo(Outcome.UNMET));
    }

    @Test
    void whereGapsDisagreeNoWrittenGapHasALowerConfidenceThanARowOfItsFootprintThatCouldHaveBeenWritten() {
        List<String> order = List.of("low", "medium", "high");
        for (java.nio.file.Path f : reports.keySet().stream().map(Path::of).toList()) {
            LoadedPlan lp = load(f);
            if (lp.plan().finance() == null || lp.plan().finance().doNothingGap2020To21Gbp() == null) continue;
            String written = lp.provenance().sourceOf("finance.do_nothing_gap_2020_21_gbp").orElseThrow().confidence();
            for (Row r : rows) {
                if (!r.onsCode().equals(lp.plan().footprint().code()) || !r.factKey().equals("funding_gap_2020_21_gbp_m") || r.pounds().isEmpty()) continue;
                if (r.latestDay().map(d -> d.isAfter(lp.plan().plan().asOf())).orElse(true)) continue;
                assertThat(order.indexOf(written)).as("%s: row %s (%s) against the written gap (%s)", f, r.line(), r.confidence(), written)
                        .isGreaterThanOrEqualTo(order.indexOf(r.confidence()));
            }
        }
    }

    @Test
    void aPublicationDateOfTheDataIsThePlansAndENG01PassesOnItWhileAnUnpublishedAnnexFails() {
        Row published = row("Leicester", "plan_published_date", "2016-11-21");
        assertThat(load(LLR).plan().transparency().publicationDate()).isEqualTo(LocalDate.parse(published.value()));
        assertThat(findingsAt(result(LLR, "ENG-01"), "transparency.published")).singleElement()
                .satisfies(f -> assertThat(f.finding().message()).contains(published.value()));
        Row annex = row("Lancashire", "plan_annex_unpublished", "40-page");
        assertThat(load(LSC).plan().transparency().appendicesPublished()).isFalse();
        assertThat(annex.value()).contains("not published");
        Result eng01 = result(LSC, "ENG-01");
        assertThat(eng01.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(findingsAt(eng01, "transparency.appendices_published")).singleElement()
                .satisfies(f -> assertThat(f.finding().outcome()).isEqualTo(Outcome.FAIL));
    }

    @Test
    void aScrutinyReferralIsInThePlanButRECONF09CannotTellWhetherScrutinyWasDueWithoutTheClassification() {
        Row referral = row("West, North and East Cumbria", "scrutiny_referral_to_sos", "yes");
        LoadedPlan lp = load(WNEC);
        Reconfiguration rc = lp.plan().reconfigurations().stream()
                .filter(r -> r.scrutiny() != null && Boolean.TRUE.equals(r.scrutiny().referralToSos())).findFirst().orElseThrow();
        assertThat(lp.provenance().sourceOf(rc.path() + ".scrutiny.referral_to_sos").orElseThrow().url()).isEqualTo(referral.url());
        assertThat(rc.substantialVariation()).isNull(); // the data does not classify it; a referral is not written as a classification
        Result r09 = result(WNEC, "RECONF-09");
        assertThat(r09.outcome()).isEqualTo(Outcome.UNMET);
        assertThat(findingsAt(r09, rc.path() + ".substantial_variation")).singleElement()
                .satisfies(f -> assertThat(f.finding().outcome()).isEqualTo(Outcome.UNMET));
    }

    @Test
    void anInstructionNotToPublishIsFlaggedForTheLegalView() {
        Row instruction = row("Birmingham", "draft_kept_private_on_nhse_instruction", "yes: NHS England asked");
        LoadedPlan lp = load(BSOL);
        assertThat(lp.plan().transparency().nondisclosureInstructionReceived()).isTrue();
        assertThat(lp.provenance().sourceOf("transparency.nondisclosure_instruction_received").orElseThrow().confidence())
                .isEqualTo(instruction.confidence());
        assertThat(result(BSOL, "ENG-02").outcome()).isEqualTo(Outcome.FLAG);
    }

    @Test
    void everyFindingOnTheRealPlansFindsTheSourceAndConfidenceItRestsOn() {
        List<String> unsourced = new ArrayList<>();
        int low = 0;
        for (PlanReport p : reports.values()) {
            LoadedPlan lp = load(Path.of(p.file()));
            for (Result r : p.results()) {
                for (Located f : r.findings()) {
                    String path = f.finding().path();
                    // a finding about a missing fact rests on no value of the file
                    if (path == null || path.isEmpty() || path.startsWith("plan.") || f.missing() != null) continue;
                    var src = lp.provenance().sourceOf(path);
                    if (src.isEmpty()) {
                        unsourced.add(p.file() + " " + r.requirement().id() + " " + path);
                    } else if ("low".equals(src.get().confidence())) {
                        low++;
                    }
                }
            }
        }
        assertThat(unsourced).isEmpty();
        assertThat(low).as("findings resting on a low-confidence source").isPositive();
    }
}
