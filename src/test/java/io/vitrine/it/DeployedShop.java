package io.vitrine.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * Base of the Arquillian tests: the built WAR deployed to Payara Micro with the demo store, called over HTTP as a
 * partner would, anonymously ({@link #api}) or with the admin key ({@link #admin}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class DeployedShop {

    @ArquillianResource
    protected URL base;

    protected Api api;
    protected Api admin;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.vitrine();
    }

    /** The opaque id of a demo account (URLs never carry e-mails), looked up with the admin key. */
    protected String shopperId(String email) {
        Api.Resp r = admin.get("/api/v1/admin/shoppers?email=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8));
        if (r.status() != 200) {
            throw new IllegalStateException("no opaque id for " + email + ": " + r);
        }
        return r.json().getString("id");
    }

    @BeforeEach
    void connect() {
        api = Api.at(base);
        admin = api.withKey(Deployments.ADMIN_KEY);
    }
}
