package org.stpcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

import org.stpcheck.TestSupport;
import org.stpcheck.catalogue.RuleSource;

/** The rules compiled into the jar are exactly the rules on disk in rules/. */
class ShippedRulesTest {

    @Test
    void theShippedExecutableModelHoldsTheSameRulesAsTheDrlOnDisk() {
        RuleBase onDisk = RuleBase.compile(RuleSource.directory(TestSupport.RULES_DIR));
        List<String> shipped = TestSupport.rules().rules().stream().map(Rule::getName).toList();
        assertThat(shipped).isNotEmpty().containsExactlyElementsOf(onDisk.rules().stream().map(Rule::getName).toList());
    }

    @Test
    void theShippedRuleFilesAreByteForByteTheFilesOnDisk() {
        RuleSource jar = RuleSource.shipped();
        RuleSource disk = RuleSource.directory(TestSupport.RULES_DIR);
        List<String> files = disk.files();
        assertThat(jar.files()).containsExactlyElementsOf(files);
        for (String f : files) assertThat(jar.read(f)).as(f).isEqualTo(disk.read(f));
    }

    @Test
    void theCompiledCatalogueInTheJarIsTheCatalogueOnDisk() {
        var jar = org.stpcheck.catalogue.Catalogue.load(RuleSource.shipped());
        var disk = org.stpcheck.catalogue.Catalogue.load(RuleSource.directory(TestSupport.RULES_DIR));
        assertThat(jar.requirements()).isEqualTo(disk.requirements());
        assertThat(jar.config()).isEqualTo(disk.config());
    }

    @Test
    void everyRuleIsTaggedWithARequirementOfTheCatalogue() {
        for (Rule r : TestSupport.rules().rules()) {
            String id = String.valueOf(r.getMetaData().get("requirement"));
            assertThat(TestSupport.catalogue().find(id)).as(r.getName()).isPresent();
        }
    }
}
