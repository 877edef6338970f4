package io.minicrm.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesArchitectureRules.VerificationDepth;
import org.jmolecules.archunit.JMoleculesDddRules;

/** The module rules over the whole system, as the build assembles it. */
@AnalyzeClasses(packages = "io.minicrm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_domain_depends_on_no_framework_and_no_adapter = classes()
            .that()
            .resideInAPackage("io.minicrm.domain..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.minicrm.domain..", "org.jmolecules..", "io.vavr..");

    @ArchTest
    static final ArchRule the_application_depends_on_no_framework_but_reactor = classes()
            .that()
            .resideInAPackage("io.minicrm.application..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "java..",
                    // The JDK's HMAC, for signed unsubscribe links.
                    "javax.crypto..",
                    "io.minicrm.domain..",
                    "io.minicrm.application..",
                    "org.jmolecules..",
                    "io.vavr..",
                    "reactor..",
                    "org.reactivestreams..",
                    "de.siegmar.fastcsv..");

    @ArchTest
    static final ArchRule adapters_never_depend_on_each_other =
            slices().matching("io.minicrm.adapter.(*)..").should().notDependOnEachOther();

    @ArchTest
    static final ArchRule the_embedded_store_depends_on_the_application_and_mvstore_alone = classes()
            .that()
            .resideInAPackage("io.minicrm.adapter.embedded..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "java..",
                    "io.minicrm.domain..",
                    "io.minicrm.application..",
                    "io.minicrm.adapter.embedded..",
                    "org.h2.mvstore..",
                    "org.jmolecules..",
                    "org.jspecify..",
                    "io.vavr..",
                    "reactor..",
                    "org.reactivestreams..");

    @ArchTest
    static final ArchRule only_bootstrap_knows_bootstrap = noClasses()
            .that()
            .resideOutsideOfPackage("io.minicrm.bootstrap..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.minicrm.bootstrap..");

    @ArchTest
    static final ArchRule nothing_but_adapters_and_bootstrap_knows_micronaut = noClasses()
            .that()
            .resideInAnyPackage("io.minicrm.domain..", "io.minicrm.application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.micronaut..", "jakarta..");

    @ArchTest
    static final ArchRule driven_adapters_know_no_micronaut = noClasses()
            .that()
            .resideInAPackage("io.minicrm.adapter..")
            .and()
            .resideOutsideOfPackage("io.minicrm.adapter.http..")
            .should()
            .dependOnClassesThat()
            // The Jakarta parts Micronaut brings; Jakarta Mail is the SMTP adapter's own technology.
            .resideInAnyPackage("io.micronaut..", "jakarta.inject..", "jakarta.annotation..", "jakarta.validation..");

    @ArchTest
    static final ArchRule the_gemini_adapter_speaks_http_with_the_jdk_and_json_with_jackson_only = classes()
            .that()
            .resideInAPackage("io.minicrm.adapter.gemini..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "java..",
                    "io.minicrm.adapter.gemini..",
                    "io.minicrm.application..",
                    "io.minicrm.domain..",
                    "com.fasterxml.jackson..",
                    "reactor..",
                    "org.jmolecules..");

    @ArchTest
    static final ArchRule ports_services_and_adapters_keep_their_hexagonal_places =
            JMoleculesArchitectureRules.ensureHexagonal(VerificationDepth.STRICT);

    @ArchTest
    static final ArchRule aggregates_follow_the_ddd_rules = JMoleculesDddRules.all();
}
