package io.vitrine.customer.web;

import io.vitrine.customer.web.pages.AccountPages;
import io.vitrine.customer.web.pages.ShopPages;
import io.vitrine.it.Api;
import io.vitrine.it.Deployments;
import io.vitrine.it.browser.Browsers;
import io.vitrine.it.browser.Screenshots;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19's "Done when", in one browser journey on a real shop: the WAR deployed with the demo off and an empty data
 * folder of its own. The admin created at first start from configuration ({@code vitrine.admin.email} and
 * {@code vitrine.admin.password}, arquillian.xml) invites a seller; the seller follows the link, sets its password
 * and logs in, imports its catalogue from the browser while the progress bar runs, pins a product on a category shelf
 * and boosts a brand in a query's results; a shopper signs up, sees both on the storefront and buys; the seller
 * exports its catalogue and its orders and reads its dashboards. Screenshots of every step go to
 * target/screenshots/RealShopJourneyBrowserIT-*.png.
 * <p>
 * The demo-off shop is this class's own deployment: the built WAR plus a small library whose
 * {@code META-INF/microprofile-config.properties} outranks the server's system properties ({@code config_ordinal=500})
 * and says {@code vitrine.demo.enabled=false} with a fresh {@code vitrine.data.dir}. No other test shares it, and no
 * demo store is generated for it, so it starts faster than the others.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RealShopJourneyBrowserIT {

    static final String OWNER = "owner@it.vitrine.io";
    static final String OWNER_PASSWORD = "it-owner-password";
    static final String SELLER = "atelier@real-shop.example";
    static final String SELLER_PASSWORD = "atelier-password-1";

    @ArquillianResource
    URL deployed;

    private Browsers.Session browser;
    private WebDriver driver;
    private Api api;
    private String base;
    private int step;

    @Deployment(testable = false)
    public static WebArchive realShop() {
        Path data = Path.of(System.getProperty("it.data.dir", "target/it-data")).toAbsolutePath()
                .resolveSibling("it-real-shop-" + System.currentTimeMillis());
        String config = "config_ordinal=500\n"
                + "vitrine.demo.enabled=false\n"
                + "vitrine.data.dir=" + data.toString().replace('\\', '/') + "\n";
        JavaArchive settings = ShrinkWrap.create(JavaArchive.class, "real-shop-settings.jar")
                .addAsManifestResource(new StringAsset(config), "microprofile-config.properties");
        return Deployments.vitrine().addAsLibrary(settings);
    }

    @BeforeEach
    void open() {
        base = deployed.toString().replaceAll("/$", "");
        api = Api.at(deployed);
        browser = Browsers.headlessChrome();
        driver = browser.driver();
    }

    @AfterEach
    void close() {
        try {
            shot("last");
        } finally {
            browser.close();
        }
    }

    @Test
    void anAdminInvitesASellerWhoImportsMerchandisesExportsAndReadsItsDashboards() throws Exception {
        // Arrange: a real shop, nothing generated; its catalogue file in the shop's own CSV layout
        assertEquals(0, api.get("/api/v1/products?size=1").json().getInt("total"), "the demo is off: the shop starts empty");
        Path catalogue = Files.createTempFile("real-shop-catalogue", ".csv");
        Files.writeString(catalogue, """
                id,name,name_fr,description,description_fr,category,sub_category,brand,price,currency,stock,attributes,image,source_ref
                rs-lamp-opal,Opal table lamp,Lampe opaline,A table lamp in white opal glass,,Home,Lighting,Atelier Lune,49.00,EUR,5,,,
                rs-lamp-rattan,Rattan pendant lamp,Suspension rotin,A woven rattan pendant lamp,,Home,Lighting,Atelier Lune,89.00,EUR,3,,,
                rs-lamp-brass,Brass wall lamp,Applique laiton,A brass wall lamp with a linen shade,,Home,Lighting,Maison Cuivre,65.00,EUR,4,,,
                rs-mug-stone,Stoneware mug,Mug en gr\u00e8s,A stoneware mug,,Home,Kitchen,Maison Cuivre,12.00,EUR,20,,,
                rs-mug-china,Porcelain mug,Mug en porcelaine,A porcelain mug,,Home,Kitchen,Atelier Lune,14.00,EUR,20,,,
                rs-teapot,Cast iron teapot,Th\u00e9i\u00e8re en fonte,A cast iron teapot,,Home,Kitchen,Maison Cuivre,39.00,EUR,6,,,
                rs-no-price,Teapot without a price,,,,Home,Kitchen,Maison Cuivre,,EUR,1,,,
                """);
        ShopPages shop = new ShopPages(driver, base);

        // 1. the first admin, made at first start from configuration, invites a seller; the link is shown to it
        AccountPages.logIn(driver, base, OWNER, OWNER_PASSWORD);
        driver.get(base + "/admin/accounts.xhtml");
        String staffBefore = AccountPages.staffTable(driver);
        assertTrue(staffBefore.contains(OWNER) && !staffBefore.contains("demo.vitrine.io"), "only the configured admin: " + staffBefore);
        String link = AccountPages.invite(driver, base, SELLER);
        assertTrue(link.startsWith(base + "/customer/invitation.xhtml?token="), link);
        shot("admin-invites");
        AccountPages.logOut(driver);

        // 2. the seller follows the link, names its shop, sets its password and logs in on its dashboard
        AccountPages.acceptAsSeller(driver, link, "Atelier Lune", SELLER_PASSWORD, "FR", "12 rue des Potiers, 69002 Lyon");
        shot("seller-joined");
        AccountPages.logIn(driver, base, SELLER, SELLER_PASSWORD);
        assertTrue(driver.getCurrentUrl().contains("/seller/dashboard.xhtml"), "the seller lands on its dashboard: " + driver.getCurrentUrl());

        // ... and completes its profile with a logo
        assertEquals(List.of("Atelier Lune", "FR", "12 rue des Potiers, 69002 Lyon"), shop.openProfile(), "the profile given with the invitation");
        String logo = shop.uploadLogo(logo());
        assertTrue(logo.contains("/api/v1/sellers/atelier-lune/logo?v="), logo);
        assertTrue(shop.messages().contains("Logo saved"), shop.messages());
        shot("seller-profile");

        // 3. it imports its catalogue from the browser and watches the progress bar reach the end
        shop.importFile(catalogue);
        assertEquals(100, shop.importProgressAtTheEnd(), "the bar reached 100 %");
        shot("catalogue-imported");
        assertEquals("Done", shop.importState());
        assertTrue(shop.importCounts().startsWith("7 rows read: 6 new"), shop.importCounts());
        assertTrue(shop.importCounts().contains("1 rejected"), "the row without a price: " + shop.importCounts());
        String[] kitchen = shelfIds("Kitchen");
        List<String> kitchenShelf = waitFor(() -> productsOn(kitchen), l -> l.size() == 3, "the kitchen shelf holds the imported mugs and teapot");
        List<String> lampHits = waitFor(() -> searchIds("lamp"), l -> l.size() == 3, "search finds the three imported lamps");

        // 4. a pin on the kitchen shelf (its last product first) and a boost of the brand that does not lead "lamp"
        String pinned = kitchenShelf.get(kitchenShelf.size() - 1);
        String leadingBrand = brandOf(lampHits.get(0));
        String boosted = lampHits.stream().filter(id -> !brandOf(id).equals(leadingBrand)).findFirst().orElseThrow();
        String brand = brandOf(boosted);
        shop.openMerchandising();
        shop.pinFirstOnShelf(kitchen[0], kitchen[1], pinned);
        assertEquals(pinned, shop.previewAfter().get(0), "the preview shows the pin first");
        shop.saveRule();
        assertTrue(shop.messages().contains("Rule saved"), shop.messages());
        shop.openMerchandising();
        shop.boostBrandInQuery("lamp", brand, 10);
        shop.saveRule();
        assertTrue(shop.messages().contains("Rule saved"), shop.messages());
        assertTrue(shop.ruleDescriptions().contains("BOOST brand " + brand + " x10.0 in results of 'lamp'"), shop.ruleDescriptions().toString());
        shot("rules-saved");
        AccountPages.logOut(driver);

        // 5. a shopper signs up and sees both on the storefront: the pin opens the shelf, the boosted brand leads the search
        shop.signUp("Camille", "camille@real-shop.example", "camille-password-1");
        List<String> shelf = shop.shelf(kitchen[0], kitchen[1]);
        shot("shelf-with-pin");
        assertEquals(pinned, shelf.get(0), "the pinned product opens the shelf: " + shelf);
        assertNotEquals(kitchenShelf.get(0), pinned, "the pin changed the shelf's first product");
        List<String> results = shop.searchResults("lamp");
        shot("search-with-boost");
        assertEquals(boosted, results.get(0), "the boosted brand's best lamp leads the results: " + results + ", before " + lampHits);

        // ... and buys the seller's teapot, whose page says who sells it
        String soldBy = shop.openProduct("rs-teapot");
        assertTrue(soldBy.startsWith("Sold by Atelier Lune (FR)") && soldBy.contains("/api/v1/sellers/atelier-lune/logo?v="), soldBy);
        String order = shop.buyThisProduct();
        assertTrue(order.matches("VT-\\d{8}"), order);
        shot("order-placed");
        AccountPages.logOut(driver);

        // 6. the seller exports its catalogue and its orders
        AccountPages.logIn(driver, base, SELLER, SELLER_PASSWORD);
        String exported = shop.download("exportCatalogueCsv");
        shot("exports");
        assertTrue(exported.startsWith("id,name,name_fr,description"), exported.substring(0, Math.min(200, exported.length())));
        assertEquals(6, exported.lines().filter(l -> l.startsWith("rs-")).count(), "its six products: " + exported);
        assertTrue(exported.lines().anyMatch(l -> l.startsWith("rs-teapot,Cast iron teapot,Th\u00e9i\u00e8re en fonte,")), exported);
        String orders = shop.download("exportOrders");
        assertTrue(orders.startsWith("order,placed_at,status,product_id,seller_id,product_name,quantity,unit_price,line_total,currency"), orders);
        String line = orders.lines().filter(l -> l.startsWith(order + ",")).findFirst().orElse("");
        assertTrue(line.contains(",rs-teapot,atelier-lune,Cast iron teapot,1,39.00,39.00,EUR"), "the order's line: " + orders);

        // 7. and reads its dashboards: the order counts, the product analysis lists its products
        String ordersFigure = waitFor(() -> {
            driver.get(base + "/seller/dashboard.xhtml");
            AccountPages.patiently(driver).until(d -> !d.findElements(By.id("period:apply")).isEmpty());
            return driver.findElements(By.cssSelector("[data-kpi='orders'] .vt-kpi-value")).stream().map(e -> e.getText()).findFirst().orElse("");
        }, "1"::equals, "the dashboard counts the order");
        assertEquals("1", ordersFigure);
        assertTrue(driver.findElement(By.cssSelector("[data-kpi='revenue'] .vt-kpi-value")).getText().contains("39"),
                driver.findElement(By.cssSelector("[data-kpi='revenue'] .vt-kpi-value")).getText());
        shot("seller-dashboard");
        driver.get(base + "/seller/analysis.xhtml");
        AccountPages.patiently(driver).until(d -> !d.findElements(By.id("table:rows")).isEmpty());
        String analysis = driver.findElement(By.id("table:rows")).getText();
        assertTrue(analysis.contains("rs-teapot") || analysis.contains("Cast iron teapot"), analysis);
        shot("seller-analysis");
        assertEquals(List.of(), consoleErrors(), "no JavaScript console errors on any page");
    }

    /** A 160 x 80 PNG: the seller's logo. */
    private static Path logo() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(160, 80, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0x2b3a67));
        g.fillRect(0, 0, 160, 80);
        g.setColor(java.awt.Color.WHITE);
        g.fillOval(50, 10, 60, 60);
        g.dispose();
        Path file = Files.createTempFile("atelier-lune-logo", ".png");
        javax.imageio.ImageIO.write(image, "png", file.toFile());
        return file;
    }

    // ---- reading the shop over REST, to know what the pages should show

    /** The ids of Home and of its sub-category {@code name}, as the import made them. */
    private String[] shelfIds(String name) {
        for (JsonValue c : api.get("/api/v1/categories").jsonArray()) {
            for (JsonValue s : c.asJsonObject().getJsonArray("subCategories")) {
                JsonObject sub = s.asJsonObject();
                if (sub.toString().contains("\"" + name + "\"")) {
                    return new String[]{c.asJsonObject().getString("id"), sub.getString("id")};
                }
            }
        }
        throw new AssertionError("no sub-category " + name + ": " + api.get("/api/v1/categories").body());
    }

    private List<String> productsOn(String[] shelf) {
        return api.get("/api/v1/products?size=20&category=" + shelf[0] + "&subCategory=" + shelf[1]).json().getJsonArray("items")
                .stream().map(p -> p.asJsonObject().getString("id")).toList();
    }

    private List<String> searchIds(String q) {
        Api.Resp r = api.get("/api/v1/search?size=20&q=" + q);
        return r.status() != 200 ? List.of() : r.json().getJsonArray("hits").stream().map(h -> h.asJsonObject().getString("id")).toList();
    }

    private String brandOf(String productId) {
        JsonObject p = api.get("/api/v1/products/" + productId).json();
        return p.containsKey("brand") && !p.isNull("brand") ? p.getString("brand") : "";
    }

    /** Reads until the value is as expected (indexes and figures follow a change within seconds), at most a minute. */
    private static <T> T waitFor(Supplier<T> read, java.util.function.Predicate<T> done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        T value = read.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            value = read.get();
        }
        assertTrue(done.test(value), what + ": " + value);
        return value;
    }

    private void shot(String name) {
        Screenshots.save(driver, "RealShopJourneyBrowserIT-" + (++step) + "-" + name);
    }

    private final List<String> consoleErrors = new ArrayList<>();

    /** Severe console lines of every page so far (the driver hands each out once). */
    private List<String> consoleErrors() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(entry.getMessage());
            }
        }
        return consoleErrors;
    }
}
