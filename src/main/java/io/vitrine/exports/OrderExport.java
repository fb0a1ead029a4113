package io.vitrine.exports;

import com.mongodb.client.model.Filters;
import io.vitrine.platform.MongoConnection;
import io.vitrine.platform.security.ShopperIds;
import io.vitrine.platform.web.SpreadsheetCells;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders as CSV, one row per order line: number, placed at, status, product, seller, name, quantity, unit price,
 * line total, currency. An admin's export adds the order's total and the shopper's public id; a seller's holds only
 * the orders with one of its products and only its own lines of them, without the shopper (as the order API shows
 * sellers). Read straight from the stored orders with a cursor, written as read.
 */
@ApplicationScoped
public class OrderExport {

    static final List<String> COLUMNS = List.of("order", "placed_at", "status", "product_id", "seller_id",
            "product_name", "quantity", "unit_price", "line_total", "currency");

    @Inject
    MongoConnection mongo;
    @Inject
    ShopperIds shopperIds;

    public void csv(ExportScope scope, OutputStream out) throws IOException {
        CSVPrinter csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), CSVFormat.DEFAULT);
        List<String> header = new ArrayList<>(COLUMNS);
        if (scope.admin()) {
            header.add("order_total");
            header.add("shopper");
        }
        csv.printRecord(header);
        // the order feature stores each order with the ids of its sellers: a seller's orders are one indexed match
        Bson filter = scope.seller().map(s -> Filters.eq("sellerIds", s)).orElse(new Document());
        Map<String, String> shoppers = new HashMap<>();
        for (Document order : mongo.database().getCollection("orders").find(filter).batchSize(500)) {
            List<Document> lines = order.getList("lines", Document.class, List.of());
            for (Document line : lines) {
                if (scope.seller().isPresent() && !scope.seller().get().equals(line.getString("sellerId"))) {
                    continue;
                }
                csv.printRecord(row(scope, order, line, shoppers).stream().map(SpreadsheetCells::neutralise).toList());
            }
        }
        csv.flush();
    }

    private List<Object> row(ExportScope scope, Document order, Document line, Map<String, String> shoppers) {
        long unit = number(line, "unitPriceCents");
        long quantity = number(line, "quantity");
        List<Object> row = new ArrayList<>(List.of(order.get("_id"), Instant.ofEpochMilli(number(order, "placedAt")).toString(),
                String.valueOf(order.get("status")).toLowerCase(java.util.Locale.ROOT), text(line, "productId"),
                text(line, "sellerId"), text(line, "name"), quantity, money(unit), money(unit * quantity),
                text(line, "currency")));
        if (scope.admin()) {
            row.add(money(number(order, "totalCents")));
            String account = text(order, "accountId");
            row.add(account.isEmpty() ? "" : shoppers.computeIfAbsent(account, shopperIds::external));
        }
        return row;
    }

    private static long number(Document d, String field) {
        return d.get(field) instanceof Number n ? n.longValue() : 0;
    }

    private static String text(Document d, String field) {
        Object v = d.get(field);
        return v == null ? "" : v.toString();
    }

    private static String money(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }
}
