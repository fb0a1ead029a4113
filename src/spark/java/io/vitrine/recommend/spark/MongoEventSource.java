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
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
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

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * The shop's data as Spark reads it. Events become a {@link Dataset} of {@link #SCHEMA} plus {@code seq}, by one of two
 * readers, chosen by configuration ({@code --read}; the shop's {@code vitrine.recommend.spark.read}):
 * <ul>
 *   <li>{@link Reader#CONNECTOR}: the MongoDB Spark connector ({@code format("mongodb")}), an aggregation per
 *   partition with the events' product filter and a projection of the four fields the trainer reads; partitions
 *   by its {@code partitioner} (its own default, {@code SamplePartitioner}, when none is named: it asks
 *   {@code $collStats}, which a real MongoDB answers and the embedded server does not; there
 *   {@code PaginateIntoPartitionsPartitioner} or {@code SinglePartitionPartitioner} work), into at most one
 *   partition per {@code readMax} stored events when the partitioner takes a count. The way to read a real MongoDB.</li>
 *   <li>{@link Reader#SLICES}: the MongoDB Java driver, one partition per slice of {@code occurredAt} modulo the number
 *   of slices, about {@code readMax} events each, sliced by {@link EventScan#sliced} as the shop's own reader slices,
 *   each executor with its own client. For the embedded server (mongo-java-server), which copies the whole
 *   collection into a list for every {@code aggregate} whatever its {@code $match} (see {@link EventScan}): the
 *   connector's aggregations would hold the events once per partition in the shop's heap, a {@code find} holds
 *   only its slice's answer.</li>
 * </ul>
 * Both keep the events that have a product, a shopper, a time and a type of positive weight, weighted by type. The
 * catalogue and the orders' baskets are small and read on the driver.
 */
public final class MongoEventSource implements Serializable {

    private static final long serialVersionUID = 1L;
    /** user, item (the product id), weight (of its interaction type), ts (epoch ms). */
    public static final StructType SCHEMA = new StructType().add("user", DataTypes.StringType)
            .add("item", DataTypes.StringType).add("weight", DataTypes.DoubleType).add("ts", DataTypes.LongType);
    /** The stored fields the connector reads, as the shop stores them (JNoSQL: the type by name, epoch milliseconds). */
    static final StructType STORED = new StructType().add("type", DataTypes.StringType)
            .add("userId", DataTypes.StringType).add("productId", DataTypes.StringType).add("occurredAt", DataTypes.LongType);
    /** The connector's pipeline: events with a product, the four fields (and {@code _id}, which its partitioners page by). */
    static final String PIPELINE = "[{\"$match\": {\"productId\": {\"$ne\": null}}},"
            + " {\"$project\": {\"type\": 1, \"userId\": 1, \"productId\": 1, \"occurredAt\": 1}}]";
    private static final String PARTITIONERS = "com.mongodb.spark.sql.connector.read.partitioner.";
    private static final int BATCH = EventScan.BATCH;

    /** How the events are read, see the class comment. */
    public enum Reader { CONNECTOR, SLICES }

    private final String url;
    private final String database;
    private final int readMax;
    private final Reader reader;
    private final String partitioner;

    /**
     * @param partitioner for the connector: a partitioner class, or the simple name of one of the connector's own
     *                    ({@code PaginateIntoPartitionsPartitioner}); blank for the connector's default
     */
    public MongoEventSource(String url, String database, int readMax, Reader reader, String partitioner) {
        this.url = url;
        this.database = database;
        this.readMax = readMax;
        this.reader = reader;
        this.partitioner = partitioner.isBlank() || partitioner.contains(".") ? partitioner : PARTITIONERS + partitioner;
    }

    /** Every event with a product and a positive weight, with a {@code seq} column giving the read order (ties of ts). */
    public Dataset<Row> events(SparkSession spark) {
        Dataset<Row> events = reader == Reader.CONNECTOR ? connector(spark) : slices(spark);
        return events.withColumn("seq", functions.monotonically_increasing_id());
    }

    private long stored() {
        try (MongoClient client = MongoClients.create(url)) {
            return client.getDatabase(database).getCollection("events").estimatedDocumentCount();
        }
    }

    private Dataset<Row> connector(SparkSession spark) {
        DataFrameReader read = spark.read().format("mongodb").schema(STORED).option("connection.uri", url)
                .option("database", database).option("collection", "events").option("aggregation.pipeline", PIPELINE)
                .option("partitioner.options.max.number.of.partitions", EventScan.slices(stored(), readMax));
        if (!partitioner.isBlank()) {
            read = read.option("partitioner", partitioner);
        }
        // the weight of the type as InteractionType.parse reads it (any case, '-' for '_'); other types none
        Column type = functions.upper(functions.translate(functions.trim(col("type")), "-", "_"));
        Column weight = lit(null).cast(DataTypes.DoubleType);
        for (InteractionType t : InteractionType.values()) {
            if (t.weight() > 0) {
                weight = when(type.equalTo(t.name()), t.weight()).otherwise(weight);
            }
        }
        return read.load().select(col("userId").as("user"), col("productId").as("item"), weight.as("weight"),
                col("occurredAt").as("ts")).filter(col("user").isNotNull().and(col("item").isNotNull())
                .and(col("ts").isNotNull()).and(col("weight").isNotNull()));
    }

    private Dataset<Row> slices(SparkSession spark) {
        int slices = EventScan.slices(stored(), readMax);
        List<Integer> all = IntStream.range(0, slices).boxed().toList();
        JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(all, slices)
                .flatMap(slice -> read(slice, slices).iterator());
        return spark.createDataFrame(rows, SCHEMA);
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
