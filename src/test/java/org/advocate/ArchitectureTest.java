package org.advocate;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.advocate.archfixture.a.CycleA;
import org.advocate.archfixture.b.CycleB;
import org.advocate.load.LetterLoader;
import org.advocate.output.LetterWriter;
import org.advocate.output.Writers;
import org.advocate.template.TemplateEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layering of docs/architecture.md, checked on the compiled classes: no package cycles,
 * dependencies pointing one way, and the pipeline wired in one place.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    /** Packages below the commands, in which nothing may reach up to them. */
    private static final String[] CORE = {
        "org.advocate.input..",
        "org.advocate.load..",
        "org.advocate.library..",
        "org.advocate.template..",
        "org.advocate.output..",
    };

    /** Classes over this many lines are a smell; parsers may be longer. */
    private static final int MAX_LINES = 300;

    private static final Set<String> PARSERS = Set.of();

    /**
     * FreeMarker classes copied with bounds added, kept as upstream wrote them
     * (ShadowedClassesTest).
     */
    private static final Set<String> FREEMARKER_COPIES = Set.of("AddConcatExpression.java");

    @BeforeAll
    static void importClasses() {
        classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.advocate");
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void noPackageCycles() {
        check(slices().matching("org.advocate.(**)").should().beFreeOfCycles());
    }

    @Test
    void theModelImportsNothingOfOurs() {
        check(
                noClasses()
                        .that()
                        .resideInAPackage("org.advocate.model..")
                        .should()
                        .dependOnClassesThat(
                                resideInAPackage("org.advocate..")
                                        .and(not(resideInAPackage("org.advocate.model..")))));
    }

    @Test
    void strictInputReadingImportsOnlyTheRootPackage() {
        check(
                noClasses()
                        .that()
                        .resideInAPackage("org.advocate.input..")
                        .should()
                        .dependOnClassesThat(
                                resideInAPackage("org.advocate..")
                                        .and(not(resideInAPackage("org.advocate.input..")))
                                        .and(not(resideInAPackage("org.advocate")))));
    }

    @Test
    void theCoreNeverImportsTheComposerOrTheCommands() {
        check(
                noClasses()
                        .that()
                        .resideInAnyPackage(CORE)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(
                                "org.advocate.compose..",
                                "org.advocate.cli..",
                                "org.advocate.batch..",
                                "org.advocate.check..",
                                "org.advocate.deliver.."));
    }

    @Test
    void theComposerNeverImportsWhatUsesIt() {
        check(
                noClasses()
                        .that()
                        .resideInAPackage("org.advocate.compose..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(
                                "org.advocate.cli..",
                                "org.advocate.batch..",
                                "org.advocate.check..",
                                "org.advocate.deliver.."));
    }

    @Test
    void batchAndCheckNeverImportEachOtherOrTheCommands() {
        check(
                noClasses()
                        .that()
                        .resideInAPackage("org.advocate.batch..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(
                                "org.advocate.check..",
                                "org.advocate.cli..",
                                "org.advocate.deliver.."));
        check(
                noClasses()
                        .that()
                        .resideInAPackage("org.advocate.check..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(
                                "org.advocate.batch..",
                                "org.advocate.cli..",
                                "org.advocate.deliver.."));
    }

    @Test
    void deliveryNeverImportsTheCommandsOrTheChecks() {
        check(
                noClasses()
                        .that()
                        .resideInAPackage("org.advocate.deliver..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage("org.advocate.cli..", "org.advocate.check.."));
    }

    @Test
    void writersSeeTheMarkdownAndItsMetadataNeverTheLetterModel() {
        check(
                noClasses()
                        .that()
                        .resideInAPackage("org.advocate.output..")
                        .should()
                        .dependOnClassesThat()
                        .haveFullyQualifiedName("org.advocate.model.Letter")
                        .orShould()
                        .dependOnClassesThat()
                        .haveFullyQualifiedName("org.advocate.model.Organization")
                        .orShould()
                        .dependOnClassesThat()
                        .haveFullyQualifiedName("org.advocate.model.Recipient"));
    }

    @Test
    void onlyTheComposerMakesTheTemplateEngineTheLoadersAndTheWriters() {
        check(
                noClasses()
                        .that()
                        .resideOutsideOfPackage("org.advocate.compose..")
                        .and()
                        .doNotBelongToAnyOf(TemplateEngine.class, LetterLoader.class)
                        .should()
                        .callConstructorWhere(
                                JavaCall.Predicates.target(
                                        com.tngtech.archunit.core.domain.properties.HasOwner
                                                .Predicates.With.owner(
                                                assignableTo(TemplateEngine.class)
                                                        .or(assignableTo(LetterLoader.class)))))
                        .because("the Composer is the one place the pipeline is wired"));
        check(
                noClasses()
                        .that()
                        .resideOutsideOfPackage("org.advocate.compose..")
                        .should()
                        .callMethod(Writers.class, "standard")
                        .because("the Composer holds the writer registry"));
        check(
                noClasses()
                        .that()
                        .doNotBelongToAnyOf(Writers.class)
                        .should()
                        .callConstructorWhere(
                                JavaCall.Predicates.target(
                                        com.tngtech.archunit.core.domain.properties.HasOwner
                                                .Predicates.With.owner(
                                                assignableTo(LetterWriter.class))))
                        .because("writers are made only by their registry"));
    }

    @Test
    void noMainClassIsOverThreeHundredLines() throws IOException {
        Map<String, Long> long_ = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                long lines;
                try (Stream<String> l = Files.lines(file)) {
                    lines = l.count();
                }
                String name = file.getFileName().toString();
                if (lines > MAX_LINES
                        && !PARSERS.contains(name)
                        && !FREEMARKER_COPIES.contains(name)) {
                    long_.put(file.toString(), lines);
                }
            }
        }
        assertThat(long_).as("classes over %d lines (split them)", MAX_LINES).isEmpty();
    }

    @Test
    void theCycleRuleFailsOnACycle() {
        // Two packages of the tests that import each other: the same rule must reject them.
        JavaClasses both = new ClassFileImporter().importClasses(CycleA.class, CycleB.class);
        ArchRule rule = slices().matching("org.advocate.(**)").should().beFreeOfCycles();
        assertThatThrownBy(() -> rule.check(both)).isInstanceOf(AssertionError.class);
    }
}
