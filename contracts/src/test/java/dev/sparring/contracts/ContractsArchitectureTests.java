package dev.sparring.contracts;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The contracts are plain Java that any service (or a client in another language) can follow. */
@AnalyzeClasses(packages = "dev.sparring.contracts", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractsArchitectureTests {

    @ArchTest
    static final ArchRule noFrameworks = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "tools.jackson..", "io.lettuce..");

    @ArchTest
    static final ArchRule messagesAreRecords = classes().that().resideInAPackage("..session..")
            .and().haveSimpleNameEndingWith("Envelope").should().beRecords();
}
