package org.stpcheck.model.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.stpcheck.model.Organisation;
import org.stpcheck.model.Plan;

/** The cross-plan facts of a batch: who lists which CCG and council, and approved boundary changes. */
public final class BatchFacts {
    private BatchFacts() {}

    /** A plan of the batch and the file it came from. */
    public record Source(String file, Plan plan) {}

    public static List<Object> of(List<Source> plans) {
        List<Object> facts = new ArrayList<>();
        Set<String> codes = new TreeSet<>();
        for (Source s : plans) {
            Plan p = s.plan();
            String code = p.footprint().code();
            if (code != null) codes.add(code);
            String name = p.footprint().name();
            facts.add(new BatchPlan(s.file(), p.plan().id(), code, name));
            if (p.members() != null && p.members().ccgs() != null) {
                for (Organisation c : p.members().ccgs()) {
                    facts.add(new CcgMembership(s.file(), p.plan().id(), code, name, c.code(), c.name(), c.path()));
                }
            }
            if (p.members() != null && p.members().localAuthorities() != null) {
                for (Organisation la : p.members().localAuthorities()) {
                    facts.add(new LaMembership(s.file(), p.plan().id(), name, la.code() != null ? la.code() : la.name(), la.name(), la.path()));
                }
            }
            if (p.footprint().boundaryChanges() != null) {
                for (var b : p.footprint().boundaryChanges()) {
                    facts.add(new ApprovedBoundaryChange(s.file(), b.ccgCode(), code, b.otherFootprintCode()));
                }
            }
        }
        facts.add(new BatchRun(plans.size(), codes));
        return facts;
    }
}
