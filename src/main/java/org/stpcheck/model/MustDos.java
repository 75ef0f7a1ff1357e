package org.stpcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The nine must-dos (plan-format 2.9). */
public record MustDos(
        @JsonProperty("$path") String path,
        MustDo stpMilestones,
        MustDo financialBalance,
        MustDo generalPractice,
        MustDo aeAmbulance,
        MustDo rtt,
        MustDo cancer,
        MustDo mentalHealth,
        MustDo learningDisability,
        MustDo qualitySpecialMeasures) {}
