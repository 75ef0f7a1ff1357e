package org.stpcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A plan file's name as a SARIF artifact URI: relative stays relative, anything unsafe is encoded. */
class SarifUriTest {
    @Test
    void fileNamesBecomeUriReferences() {
        assertThat(SarifRenderer.uri("plans/devon.yaml")).isEqualTo("plans/devon.yaml");
        assertThat(SarifRenderer.uri("my plans/draft #2.yaml")).isEqualTo("my%20plans/draft%20%232.yaml");
        assertThat(SarifRenderer.uri("a:b.yaml")).as("not read as a scheme").isEqualTo("./a:b.yaml");
        assertThat(SarifRenderer.uri("/work/plans/x.yaml")).isEqualTo("file:///work/plans/x.yaml");
        assertThat(SarifRenderer.uri("plans/é.yaml")).isEqualTo("plans/%C3%A9.yaml");
    }
}
