package org.stpcheck.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/** A class a build step writes: used when there, absent in a partial build, and named when it cannot be used. */
class BuiltClassTest {

    @Test
    void theBuiltCatalogueIsThere() {
        assertThat(BuiltClass.instance("org.stpcheck.catalogue.BuiltCatalogue", Supplier.class, "built catalogue")).isPresent();
    }

    @Test
    void aBuiltClassOfAnotherPackageIsMadeThoughNotPublic() {
        assertThat(BuiltClass.instance("org.stpcheck.engine.BuiltFacts", Object.class, "generated facts walker")).isPresent();
        assertThat(BuiltClass.instance("org.stpcheck.load.BuiltPlanBinder", java.util.function.Function.class, "plan binder")).isPresent();
    }

    @Test
    void aClassNotYetWrittenIsAbsent() {
        assertThat(BuiltClass.instance("org.stpcheck.catalogue.NotWrittenByAnyBuild", Supplier.class, "nothing")).isEmpty();
    }

    @Test
    void aClassThatCannotBeMadeIsNamed() {
        // no constructor without arguments
        assertThatThrownBy(() -> BuiltClass.instance(Requirement.class.getName(), Object.class, "requirement class"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("cannot use the requirement class: ");
    }
}
