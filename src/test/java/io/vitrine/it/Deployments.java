package io.vitrine.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The WAR the build produced, exactly as the run command deploys it. */
public final class Deployments {

    /** The admin key the build passes to Payara Micro (see arquillian.xml and the failsafe configuration). */
    public static final String ADMIN_KEY = System.getProperty("it.admin.key", "it-admin-key-0123456789");

    private Deployments() {
    }

    public static WebArchive vitrine() {
        File war = new File(System.getProperty("vitrine.war", "target/vitrine.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the tests with 'mvn verify'");
        }
        return ShrinkWrap.create(ZipImporter.class, "vitrine.war").importFrom(war).as(WebArchive.class);
    }
}
