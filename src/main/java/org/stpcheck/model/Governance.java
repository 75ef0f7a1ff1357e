package org.stpcheck.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** STP leadership, board and decision-making (plan-format 2.5). */
public record Governance(
        @JsonProperty("$path") String path,
        Lead lead,
        Board board,
        List<DecisionMechanism> decisionMechanisms,
        Boolean assertsStatutoryPowers) {

    /** The STP lead (plan-format 2.5, {@code governance.lead}). */
    public record Lead(
            @JsonProperty("$path") String path,
            String name,
            String role,
            String organisation,
            String sector,
            String appointmentProcess,
            Boolean ratifiedByNhseNhsi,
            LocalDate ratifiedDate) {}

    /** The partnership board (plan-format 2.5, {@code governance.board}). */
    public record Board(
            @JsonProperty("$path") String path,
            Boolean exists,
            LocalDate established,
            List<BoardMember> members) {}
}
