package io.vitrine.analytics.web;

import io.vitrine.analytics.web.pages.AnalysisPage;
import io.vitrine.analytics.web.pages.LoginPage;
import io.vitrine.analytics.web.pages.ModelsPage;
import io.vitrine.analytics.web.pages.ProductsPage;
import io.vitrine.analytics.web.pages.SellerDashboardPage;
import io.vitrine.it.browser.BrowserJourney;
import io.vitrine.it.browser.Screenshots;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seller's and the admin's dashboards in headless Chromium against the demo store: a seller changes the
 * period, finds a demo order in the figures, exports the product analysis and edits a product; an admin retrains
 * the recommendation models. Screenshots go to target/screenshots/.
 */
class AnalyticsBrowserIT extends BrowserJourney {

    static final String SELLER = "seller01@demo.vitrine.io";
    static final String ADMIN = "admin@demo.vitrine.io";

    /** The figures are rolled up in the background after deployment; pages show them once the API answers. */
    @org.junit.jupiter.api.BeforeEach
    void awaitFigures() throws InterruptedException {
        long deadline = System.nanoTime() + 240_000_000_000L;
        while (admin.get("/api/v1/analytics/summary?days=1").status() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(2000);
        }
    }

    String base() {
        String root = url("");
        return root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    /** The demo orders placed on one past day that contain this seller's lines, read through the orders API. */
    record DayOfOrders(LocalDate day, BigDecimal revenue, int orders) {
    }

    /**
     * Finds a day (before today: other tests add orders today) on which some shopper's order holds a line of the
     * seller, and sums every such order of that day over all demo shoppers' orders.
     */
    DayOfOrders knownOrderDay(String sellerId) {
        List<JsonObject> all = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            String account = String.format(Locale.ROOT, "shopper%04d@demo.vitrine.io", i);
            JsonObject page = admin.get("/api/v1/orders?size=100&account=" + shopperId(account)).json();
            page.getJsonArray("items").forEach(v -> all.add(v.asJsonObject()));
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate day = null;
        for (JsonObject o : all) {
            LocalDate placed = Instant.parse(o.getString("placedAt")).atZone(ZoneOffset.UTC).toLocalDate();
            if (placed.isBefore(today) && placed.isAfter(today.minusDays(60)) && !o.getString("status").equals("cancelled")
                    && sellerLines(o, sellerId).signum() > 0) {
                day = day == null || placed.isAfter(day) ? placed : day;
            }
        }
        assertTrue(day != null, "the demo store has an order of " + sellerId + " in the last 60 days");
        BigDecimal revenue = BigDecimal.ZERO;
        int orders = 0;
        for (JsonObject o : all) {
            LocalDate placed = Instant.parse(o.getString("placedAt")).atZone(ZoneOffset.UTC).toLocalDate();
            BigDecimal mine = sellerLines(o, sellerId);
            if (placed.equals(day) && !o.getString("status").equals("cancelled") && mine.signum() > 0) {
                revenue = revenue.add(mine);
                orders++;
            }
        }
        return new DayOfOrders(day, revenue, orders);
    }

    static BigDecimal sellerLines(JsonObject order, String sellerId) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonValue l : order.getJsonArray("lines")) {
            if (l.asJsonObject().getString("sellerId").equals(sellerId)) {
                sum = sum.add(l.asJsonObject().getJsonNumber("total").bigDecimalValue());
            }
        }
        return sum;
    }

    static String euros(BigDecimal amount) {
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.ENGLISH);
        f.setCurrency(java.util.Currency.getInstance("EUR"));
        return f.format(amount);
    }

    /** The seller id of the logged-in demo seller, from their first product. */
    String sellerIdOf(AnalysisPage page) {
        return api.get("/api/v1/products/" + page.productIds().get(0)).json().getString("sellerId");
    }

    @Test
    void sellerChangesPeriodAndFindsAKnownOrderInTheFigures() {
        LoginPage.open(driver, base()).as(SELLER);
        String sellerId = sellerIdOf(AnalysisPage.open(driver, base(), "/seller/analysis.xhtml"));
        DayOfOrders known = knownOrderDay(sellerId);

        SellerDashboardPage dashboard = SellerDashboardPage.open(driver, base(), "/seller/dashboard.xhtml");
        assertTrue(dashboard.charts() >= 8, "the charts are drawn: " + dashboard.charts());
        String month = dashboard.periodLabel();
        dashboard.lastDays("7");
        assertNotEquals(month, dashboard.periodLabel());

        dashboard.between(known.day(), known.day());
        assertEquals(euros(known.revenue()), dashboard.figure("revenue"), "revenue of " + known);
        assertEquals(String.valueOf(known.orders()), dashboard.figure("orders"), "orders of " + known);
        Screenshots.save(driver, "AnalyticsBrowserIT-known-order-day");
    }

    @Test
    void sellerExportsTheProductAnalysis() throws IOException {
        LoginPage.open(driver, base()).as(SELLER);
        AnalysisPage analysis = AnalysisPage.open(driver, base(), "/seller/analysis.xhtml");
        List<String> shown = analysis.productIds();
        assertFalse(shown.isEmpty());

        Path folder = Files.createTempDirectory("vitrine-export-");
        Path csv = analysis.export("exportCsv", folder, ".csv");
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).contains("Views") && lines.get(0).contains("Price vs similar"), lines.get(0));
        assertTrue(lines.size() > shown.size(), "every product of the seller, not just the page: " + lines.size());
        Path xlsx = analysis.export("exportXlsx", folder, ".xlsx");
        // an Office Open XML workbook (a ZIP), read back with POI: the same header and every product row as the CSV
        byte[] head = Files.readAllBytes(xlsx);
        assertTrue(head.length > 1000 && head[0] == 'P' && head[1] == 'K', "an .xlsx (zip) workbook");
        try (var workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            String header = new DataFormatter().formatCellValue(sheet.getRow(0).getCell(2));
            assertEquals(lines.get(0).split(",")[2].replace("\"", ""), header, "the same columns as the CSV");
            assertEquals(lines.size(), sheet.getPhysicalNumberOfRows(), "the same rows as the CSV");
        }
    }

    @Test
    void sellerEditsAProductsStockAndSeesValidation() {
        LoginPage.open(driver, base()).as(SELLER);
        ProductsPage products = ProductsPage.open(driver, base());
        String id = products.edit(0);
        int stock = api.get("/api/v1/products/" + id).json().getInt("stock") + 7;

        products.stock(stock).save();
        assertTrue(products.messages().contains("Product saved"), products.messages());
        assertEquals(stock, api.get("/api/v1/products/" + id).json().getInt("stock"), "the catalogue has the new stock");

        products.nameEn("").save();
        assertFalse(products.messages().contains("Product saved."), "an empty name is refused: " + products.messages());
    }

    @Test
    void adminRetrainsTheRecommendationModels() {
        LoginPage.open(driver, base()).as(ADMIN);
        ModelsPage models = ModelsPage.open(driver, base());
        assertTrue(models.kinds().contains("shop-blend"), models.kinds().toString());

        models.retrain("shop-blend");
        assertTrue(models.progressShown("shop-blend"), "a progress bar appears");
        String end = models.waitUntilFinished("shop-blend", Duration.ofMinutes(8), "Done", "Failed");
        assertTrue(end.startsWith("Done"), end);
    }
}
