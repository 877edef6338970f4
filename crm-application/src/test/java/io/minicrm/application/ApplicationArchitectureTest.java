package io.minicrm.application;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesArchitectureRules.VerificationDepth;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.minicrm", importOptions = ImportOption.DoNotIncludeTests.class)
class ApplicationArchitectureTest {

    @ArchTest
    static final ArchRule application_depends_on_no_framework_but_reactor = classes()
            .that().resideInAPackage("io.minicrm.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "io.minicrm.domain..", "io.minicrm.application..", "org.jmolecules..", "io.vavr..",
                    "reactor..", "org.reactivestreams..", "de.siegmar.fastcsv..");

    @ArchTest
    static final ArchRule application_depends_on_no_adapter = noClasses()
            .that().resideInAPackage("io.minicrm.application..")
            .should().dependOnClassesThat().resideInAPackage("io.minicrm.adapter..");

    @ArchTest
    static final ArchRule ports_services_and_adapters_keep_their_hexagonal_places =
            JMoleculesArchitectureRules.ensureHexagonal(VerificationDepth.STRICT);

    @ArchTest
    static final ArchRule use_cases_reach_the_outside_only_through_ports = noClasses()
            .that().resideInAPackage("io.minicrm.application.service..")
            .should().dependOnClassesThat().resideInAnyPackage("io.minicrm.application.inmemory..", "de.siegmar.fastcsv..");
}
