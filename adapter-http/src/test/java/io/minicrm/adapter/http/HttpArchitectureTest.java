package io.minicrm.adapter.http;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.micronaut.http.annotation.Controller;

@AnalyzeClasses(packages = "io.minicrm", importOptions = ImportOption.DoNotIncludeTests.class)
class HttpArchitectureTest {

    @ArchTest
    static final ArchRule the_api_reaches_the_engine_only_through_driving_ports = noClasses()
            .that()
            .resideInAPackage("io.minicrm.adapter.http..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.minicrm.application.service..",
                    "io.minicrm.application.pipeline..",
                    "io.minicrm.application.importing..",
                    "io.minicrm.application.inmemory..",
                    "io.minicrm.application.port.out..");

    /** A controller hands the request to a use case and maps the answer: no store, no rule engine, no pipeline. */
    @ArchTest
    static final ArchRule controllers_hold_no_business_logic = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "java..",
                    "io.micronaut..",
                    "jakarta..",
                    "reactor..",
                    "org.reactivestreams..",
                    "io.swagger..",
                    "io.vavr..",
                    "io.minicrm.adapter.http..",
                    "io.minicrm.application.port.in..",
                    "io.minicrm.application.port.shared..",
                    "io.minicrm.application",
                    "io.minicrm.domain.shared..",
                    "io.minicrm.domain.workspace..",
                    "io.minicrm.domain.customer..",
                    "io.minicrm.domain.order..",
                    "io.minicrm.domain.segment..",
                    "io.minicrm.domain.campaign..",
                    "io.minicrm.domain.delivery..")
            .andShould()
            .onlyCallMethodsThat(DescribedPredicate.describe(
                    "are not domain behaviour (apply, queue, advance, compile, validate, render)",
                    method -> !method.getOwner().getPackageName().startsWith("io.minicrm.domain")
                            || !Set.of("apply", "queue", "advance", "compile", "validate", "render", "matches")
                                    .contains(method.getName())));
}
