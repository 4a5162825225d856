package dev.wharf.api;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each dialect is an adapter of its own: changing one contract must never reach into another.
 * They share only {@code api.support} (error mapping, security plumbing). And a controller only
 * adapts: the transaction of a use case is the core's (or an orchestrating service's).
 */
class DialectBoundariesTest {

    private static JavaClasses api;

    @BeforeAll
    static void importApi() {
        api = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.wharf.api");
    }

    @Test
    void no_dialect_depends_on_another_dialect() {
        slices().matching("dev.wharf.api.(*)..").namingSlices("dialect $1")
                .should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAPackage("dev.wharf.api.support.."))
                .check(api);
    }

    @Test
    void no_controller_opens_a_transaction() {
        noMethods().that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .should().beAnnotatedWith(Transactional.class)
                .check(api);
        noClasses().that().areAnnotatedWith(RestController.class).should().beAnnotatedWith(Transactional.class).check(api);
    }

    @Test
    void every_dialect_is_covered_by_the_rule() {
        for (var dialect : new String[] {"shipapi", "logistics", "deliverr", "ops", "admin", "console"}) {
            org.assertj.core.api.Assertions.assertThat(api.containPackage("dev.wharf.api." + dialect))
                    .as("package of dialect %s", dialect).isTrue();
        }
    }
}
