package io.minicrm.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.jmolecules.archunit.JMoleculesDddRules;

@AnalyzeClasses(packages = "io.minicrm.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    @ArchTest
    static final ArchRule domain_depends_only_on_the_jdk_jmolecules_and_vavr = classes()
            .that()
            .resideInAPackage("io.minicrm.domain..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.minicrm.domain..", "org.jmolecules..", "io.vavr..");

    @ArchTest
    static final ArchRule domain_follows_the_ddd_building_block_rules = JMoleculesDddRules.all();
}
