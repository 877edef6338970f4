package io.minicrm.application;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesArchitectureRules.VerificationDepth;

@AnalyzeClasses(packages = "io.minicrm", importOptions = ImportOption.DoNotIncludeTests.class)
class ApplicationArchitectureTest {

    @ArchTest
    static final ArchRule application_depends_on_no_framework_but_reactor = classes()
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
    static final ArchRule application_depends_on_no_adapter = noClasses()
            .that()
            .resideInAPackage("io.minicrm.application..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.minicrm.adapter..");

    @ArchTest
    static final ArchRule ports_services_and_adapters_keep_their_hexagonal_places =
            JMoleculesArchitectureRules.ensureHexagonal(VerificationDepth.STRICT);

    @ArchTest
    static final ArchRule use_cases_reach_the_outside_only_through_ports = noClasses()
            .that()
            .resideInAPackage("io.minicrm.application.service..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.minicrm.application.inmemory..", "de.siegmar.fastcsv..");

    /** The packages that are no part of the API; their package documentation says so. */
    private static final String[] INTERNAL = {
        "io.minicrm.application.service..",
        "io.minicrm.application.pipeline..",
        "io.minicrm.application.importing..",
        "io.minicrm.application.assistant.."
    };

    @ArchTest
    static final ArchRule the_api_names_no_internal_type_in_a_public_signature = classes()
            .that()
            .resideInAPackage("io.minicrm.application..")
            .and()
            .resideOutsideOfPackages(INTERNAL)
            .and()
            .arePublic()
            .should(exposeNoType(DescribedPredicate.describe(
                    "internal",
                    type -> type.getPackageName().startsWith("io.minicrm.application.service")
                            || type.getPackageName().startsWith("io.minicrm.application.pipeline")
                            || type.getPackageName().startsWith("io.minicrm.application.importing")
                            || type.getPackageName().startsWith("io.minicrm.application.assistant"))));

    /** No supertype, and no public or protected field, constructor or method, names such a type, generics included. */
    private static ArchCondition<JavaClass> exposeNoType(DescribedPredicate<JavaClass> hidden) {
        return new ArchCondition<>("expose no " + hidden.getDescription() + " type") {
            @Override
            public void check(JavaClass api, ConditionEvents events) {
                Stream<JavaType> supertypes = Stream.concat(api.getSuperclass().stream(), api.getInterfaces().stream());
                supertypes
                        .flatMap(type -> type.getAllInvolvedRawTypes().stream())
                        .filter(hidden)
                        .forEach(type -> events.add(
                                SimpleConditionEvent.violated(api, api.getName() + " extends " + type.getName())));
                api.getFields().stream()
                        .filter(ApplicationArchitectureTest::visible)
                        .forEach(field -> field.getType().getAllInvolvedRawTypes().stream()
                                .filter(hidden)
                                .forEach(type -> events.add(SimpleConditionEvent.violated(
                                        field, field.getFullName() + " is a " + type.getName()))));
                api.getCodeUnits().stream()
                        .filter(ApplicationArchitectureTest::visible)
                        .forEach(unit -> signature(unit)
                                .flatMap(type -> type.getAllInvolvedRawTypes().stream())
                                .filter(hidden)
                                .forEach(type -> events.add(SimpleConditionEvent.violated(
                                        unit, unit.getFullName() + " names " + type.getName()))));
            }
        };
    }

    private static Stream<JavaType> signature(JavaCodeUnit unit) {
        return Stream.of(
                        Stream.of(unit.getReturnType()),
                        unit.getParameterTypes().stream(),
                        unit.getThrowsClause().getTypes().stream().map(JavaType.class::cast))
                .flatMap(types -> types);
    }

    private static boolean visible(JavaMember member) {
        return member.getModifiers().contains(JavaModifier.PUBLIC)
                || member.getModifiers().contains(JavaModifier.PROTECTED);
    }
}
