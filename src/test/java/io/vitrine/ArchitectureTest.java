package io.vitrine;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package shape README's Layout section describes, kept by the build: {@code platform} depends on no feature,
 * a feature uses another only through its root package (never its {@code api}, {@code web}, {@code train} or
 * {@code eval}), features do not depend on each other in a circle, REST resources live in {@code api} packages and
 * JSF beans in {@code web} packages.
 */
class ArchitectureTest {

    /** A feature's edges and engine room, which other features may not touch. */
    static final Set<String> PRIVATE_PARTS = Set.of("api", "web", "train", "eval");
    private static final Pattern FEATURE_PART = Pattern.compile("io\\.vitrine\\.([a-z]+)\\.([a-z]+)(\\..*)?");

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("io.vitrine");
    }

    @Test
    void platformDependsOnNoFeature() {
        ArchRule rule = noClasses().that().resideInAPackage("io.vitrine.platform..")
                .should().dependOnClassesThat(DescribedPredicate.describe("belong to a feature",
                        (JavaClass c) -> isFeature(feature(c.getPackageName()))))
                .because("features plug into the platform through CDI interfaces it defines, never the other way round");
        rule.check(classes);
    }

    @Test
    void noFeatureReachesIntoAnotherFeaturesEdgesOrEngineRoom() {
        ArchRule rule = classes().that().resideInAPackage("io.vitrine..")
                .should(new ArchCondition<>("use another feature only through its root package, never its "
                        + String.join("/", PRIVATE_PARTS.stream().sorted().toList()) + " sub-packages") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String from = feature(origin.getPackageName());
                        origin.getDirectDependenciesFromSelf().forEach(d -> {
                            Matcher target = FEATURE_PART.matcher(d.getTargetClass().getPackageName());
                            if (target.matches() && PRIVATE_PARTS.contains(target.group(2))
                                    && isFeature(target.group(1)) && !target.group(1).equals(from)) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        });
                    }
                });
        rule.check(classes);
    }

    @Test
    void featuresDoNotDependOnEachOtherInACircle() {
        slices().matching("io.vitrine.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * JAX-RS resources are the HTTP edge: a feature's in its {@code api} package, the platform's own (API keys,
     * imports, ping) in {@code platform.admin} / {@code platform.api}.
     */
    @Test
    void resourcesLiveInApiPackages() {
        classes().that().haveSimpleNameEndingWith("Resource")
                .should().resideInAnyPackage("io.vitrine..api..", "io.vitrine.platform.admin..")
                .check(classes);
        classes().that().areAnnotatedWith(jakarta.ws.rs.Path.class)
                .should().resideInAnyPackage("io.vitrine..api..", "io.vitrine.platform.admin..")
                .check(classes);
    }

    /** A {@code @Named} bean with a JSF or CDI context backs a page, so it sits in a {@code web} package. */
    @Test
    void jsfBeansLiveInWebPackages() {
        classes().that().areAnnotatedWith(jakarta.inject.Named.class).and(haveAPageScope())
                .should().resideInAPackage("io.vitrine..web..")
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> haveAPageScope() {
        Set<String> scopes = Set.of("jakarta.faces.view.ViewScoped", "jakarta.enterprise.context.RequestScoped",
                "jakarta.enterprise.context.SessionScoped", "jakarta.enterprise.context.ConversationScoped",
                "jakarta.faces.flow.FlowScoped", "jakarta.enterprise.context.ApplicationScoped");
        return new DescribedPredicate<>("have a JSF or CDI scope") {
            @Override
            public boolean test(JavaClass c) {
                return c.getAnnotations().stream().map(JavaAnnotation::getRawType).map(JavaClass::getName)
                        .anyMatch(scopes::contains);
            }
        };
    }

    /** Every top-level package under io.vitrine except platform is a feature. */
    private static boolean isFeature(String topLevelPackage) {
        return !topLevelPackage.isEmpty() && !topLevelPackage.equals("platform");
    }

    /** The top-level package under io.vitrine ("catalog" for io.vitrine.catalog.web), empty outside io.vitrine. */
    private static String feature(String packageName) {
        if (!packageName.startsWith("io.vitrine.")) {
            return "";
        }
        String rest = packageName.substring("io.vitrine.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
