package io.vitrine.recommend.spark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import io.vitrine.events.EventScan;
import io.vitrine.events.InteractionType;
import io.vitrine.recommend.CatalogueEntry;
import io.vitrine.recommend.ItemId;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The shop's data as Spark reads it, with the MongoDB Java driver (the MongoDB Spark connector is not available from
 * this build's Maven repository, see docs/scaling.md). Events become a {@link Dataset} of {@link #SCHEMA}, read in
 * parallel: one partition per slice of {@code occurredAt} modulo the number of slices, about {@code readMax} events
 * each, sliced by {@link EventScan#sliced} as the shop's own reader slices, so that the embedded server never holds
 * more than a slice's answer per query. Each executor opens its own client. The catalogue and the orders' baskets are
 * small and read on the driver.
 */
public final class MongoEventSource implements Serializable {

    private static final long serialVersionUID = 1L;
    /** user, item (the product id), weight (of its interaction type), ts (epoch ms), seq (read order: ties of ts). */
    public static final StructType SCHEMA = new StructType().add("user", DataTypes.StringType)
            .add("item", DataTypes.StringType).add("weight", DataTypes.DoubleType).add("ts", DataTypes.LongType);
    private static final int BATCH = EventScan.BATCH;

    private final String url;
    private final String database;
    private final int readMax;

    public MongoEventSource(String url, String database, int readMax) {
        this.url = url;
        this.database = database;
        this.readMax = readMax;
    }

    /** Every event with a product and a positive weight, with a {@code seq} column giving the stored order. */
    public Dataset<Row> events(SparkSession spark) {
        long stored;
        try (MongoClient client = MongoClients.create(url)) {
            stored = client.getDatabase(database).getCollection("events").estimatedDocumentCount();
        }
        int slices = EventScan.slices(stored, readMax);
        List<Integer> all = IntStream.range(0, slices).boxed().toList();
        JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(all, slices)
                .flatMap(slice -> read(slice, slices).iterator());
        return spark.createDataFrame(rows, SCHEMA).withColumn("seq", functions.monotonically_increasing_id());
    }

    /** One slice's events, read by one query in replies of {@link #BATCH}. */
    private List<Row> read(int slice, int slices) {
        List<Row> out = new ArrayList<>();
        Bson projection = Projections.fields(Projections.include("type", "userId", "productId", "occurredAt"),
                Projections.excludeId());
        try (MongoClient client = MongoClients.create(url)) {
            MongoCollection<Document> events = client.getDatabase(database).getCollection("events");
            for (Document d : events.find(EventScan.sliced(new Document(), slices, slice)).projection(projection)
                    .batchSize(BATCH)) {
                row(d).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<Row> row(Document d) {
        Optional<InteractionType> type = InteractionType.parse(d.getString("type"));
        String user = d.getString("userId");
        String product = d.getString("productId");
        Object at = d.get("occurredAt");
        if (user == null || product == null || type.isEmpty() || !(type.get().weight() > 0) || !(at instanceof Number)) {
            return Optional.empty();
        }
        return Optional.of(RowFactory.create(user, product, type.get().weight(), ((Number) at).longValue()));
    }

    /** The catalogue facts the blend's rules need (products without a category or seller get an empty one). */
    public List<CatalogueEntry> catalogue() {
        List<CatalogueEntry> out = new ArrayList<>();
        try (MongoClient client = MongoClients.create(url)) {
            for (Document p : db(client).getCollection("products").find()
                    .projection(Projections.include("category", "subCategory", "sellerId")).batchSize(BATCH)) {
                out.add(new CatalogueEntry(ItemId.of(String.valueOf(p.get("_id"))), text(p, "category"),
                        text(p, "subCategory"), text(p, "sellerId")));
            }
        }
        return out;
    }

    /** One basket of product ids per order, for "bought together". */
    public List<Set<ItemId>> baskets() {
        List<Set<ItemId>> out = new ArrayList<>();
        try (MongoClient client = MongoClients.create(url)) {
            for (Document d : db(client).getCollection("orders").find().projection(Projections.include("lines"))
                    .batchSize(BATCH)) {
                Set<ItemId> basket = new LinkedHashSet<>();
                for (Object line : d.getList("lines", Object.class, List.of())) {
                    if (line instanceof Document l && l.getString("productId") != null) {
                        basket.add(ItemId.of(l.getString("productId")));
                    }
                }
                if (!basket.isEmpty()) {
                    out.add(basket);
                }
            }
        }
        return out;
    }

    private MongoDatabase db(MongoClient client) {
        return client.getDatabase(database);
    }

    private static String text(Document d, String field) {
        Object v = d.get(field);
        return v == null ? "" : v.toString();
    }
}
