package org.stpcheck.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.stpcheck.TestSupport;

/** ACS-01's first-wave name matching, as requirements.md §10 item 43 settles it. */
class AcsNameMatchingTest {
    private final RuleConfig config = TestSupport.catalogue().config();

    @Test
    void foldsCaseTurnsAmpersandIntoAndAndOtherPunctuationIntoSpaces() {
        assertThat(RuleConfig.normaliseName("South Yorkshire & BASSETLAW")).isEqualTo("south yorkshire and bassetlaw");
        assertThat(RuleConfig.normaliseName("Bedfordshire,  Luton & Milton-Keynes")).isEqualTo("bedfordshire luton and milton keynes");
        assertThat(RuleConfig.normaliseName("Berkshire\tWest")).isEqualTo("berkshire west");
    }

    @Test
    void ampersandBecomesAndAsWrittenWithoutAddingSpaces() {
        assertThat(RuleConfig.normaliseName("Blackpool&Fylde Coast")).isEqualTo("blackpoolandfylde coast");
        assertThat(config.isFirstWaveArea("Blackpool&Fylde Coast")).isFalse();
        assertThat(config.isFirstWaveArea("Blackpool & Fylde Coast")).isTrue();
    }

    @Test
    void lettersOutsideAsciiAreLettersNotPunctuation() {
        assertThat(RuleConfig.normaliseName("Ynys Môn")).isEqualTo("ynys môn");
    }

    @Test
    void endsAreTrimmedSoAClosingFullStopStillMatches() {
        assertThat(config.isFirstWaveArea("Dorset.")).isTrue();
        assertThat(config.isFirstWaveArea("  (Greater Manchester)  ")).isTrue();
    }

    @Test
    void onlyTheConfiguredEntriesAndAliasesMatch() {
        assertThat(config.isFirstWaveArea("Luton, Milton Keynes & Bedfordshire")).isTrue();    // an alias
        assertThat(config.isFirstWaveArea("Bedfordshire Luton Milton Keynes")).isFalse();      // no "and": no entry reads so
        assertThat(config.isFirstWaveArea("Dorset ICS")).isFalse();
        assertThat(config.isFirstWaveArea("Frimley")).isFalse();
        assertThat(config.isFirstWaveArea(null)).isFalse();
    }
}
