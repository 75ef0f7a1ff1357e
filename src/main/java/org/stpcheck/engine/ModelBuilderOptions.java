package org.stpcheck.engine;

import org.kie.api.conf.ConfigurationKey;
import org.kie.api.conf.OptionKey;
import org.kie.api.conf.OptionsConfiguration;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.conf.KnowledgeBuilderOption;
import org.kie.internal.builder.conf.MultiValueKieBuilderOption;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.builder.conf.SingleValueKieBuilderOption;

/**
 * The builder options the executable model is built with: property reactivity only for classes
 * that ask for it ({@link PropertySpecificOption#ALLOWED}), and none of ours do. Without options
 * the model builder makes every fact class property reactive, and the KieBase build then reads each
 * class's properties by reflection to mask its patterns: 15-20 ms of a cold start's rule base
 * (issue 12), for a feature that only matters when a rule modifies a fact, which none of ours does
 * ({@code rules/README.md}: rules only match and report, which {@code FactsAreNeverChangedTest} holds).
 * <p>
 * This is not Drools' own configuration class because building that one loads the whole DRL
 * compiler's settings, about 80 ms cold. The model builder asks its builder options for this one
 * option only; anything else it asked for would fail every build loudly, never silently.
 */
final class ModelBuilderOptions implements KnowledgeBuilderConfiguration {
    @SuppressWarnings("unchecked")
    @Override
    public <C extends SingleValueKieBuilderOption> C getOption(OptionKey<C> key) {
        if (PropertySpecificOption.KEY.equals(key)) return (C) PropertySpecificOption.ALLOWED;
        throw unsupported("the option " + key);
    }

    @Override
    public ClassLoader getClassLoader() {
        return ModelBuilderOptions.class.getClassLoader();
    }

    @Override
    public void makeImmutable() {
        // nothing to change
    }

    @Override
    public <C extends KnowledgeBuilderOption> void setOption(C option) {
        throw unsupported("setting " + option);
    }

    @Override
    public <X extends OptionsConfiguration<KnowledgeBuilderOption, SingleValueKieBuilderOption, MultiValueKieBuilderOption>> X as(
            ConfigurationKey<X> key) {
        throw unsupported("the configuration " + key);
    }

    @Override
    public boolean setProperty(String name, String value) {
        throw unsupported("setting the property " + name);
    }

    @Override
    public String getProperty(String name) {
        throw unsupported("the property " + name);
    }

    private static UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException("the executable model's builder asked for " + what
                + ", which stpcheck's ModelBuilderOptions does not give (a newer Drools?): teach it");
    }
}
