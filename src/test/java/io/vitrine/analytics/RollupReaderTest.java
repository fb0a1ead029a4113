package io.vitrine.analytics;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The roll-up pipelines on the embedded server the shop runs by default (mongo-java-server, H2 backend in memory),
 * over documents laid out as JNoSQL stores events and orders: they must give the same figures as the live path.
 */
class RollupReaderTest {

    static MongoServer server;
    static MongoClient client;
    MongoDatabase db;

    @BeforeAll
    static void start() {
        server = new MongoServer(H2Backend.inMemory());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void fill() {
        db = client.getDatabase("rollup-" + System.nanoTime());
        Fixture.store(db);
    }

    SalesCube cube() {
        SalesCube cube = new SalesCube();
        List.of(Fixture.A1, Fixture.A2, Fixture.B1).forEach(cube::product);
        return cube;
    }

    @Test
    void pipelinesGiveTheHandComputedFigures() {
        SalesCube cube = cube();
        RollupReader.Report report = new RollupReader(db).read(cube, Instant.ofEpochMilli(Fixture.T + 86_400_000L));
        ReportsTest.assertFixtureFigures(cube);
        assertEquals(3, report.orderLines(), "two orders' three lines; the cancelled one left out");
        assertEquals(0, report.skipped());
    }

    @Test
    void onlyWhatHappenedBeforeTheCutoffIsRead() {
        SalesCube cube = cube();
        // minute 25: u1's order (minute 5) is in, u3's (minute 30) is not
        new RollupReader(db).read(cube, Fixture.at(25));
        Figures alpha = cube.figures(Scope.seller("alpha"), ReportsTest.DAY);
        assertEquals(20_000, alpha.revenueCents());
        assertEquals(1, alpha.orders());
        assertEquals(3, alpha.views());
        assertEquals(1, alpha.purchases());
    }

    @Test
    void readingInSmallSlicesGivesTheSameFigures() {
        SalesCube cube = cube();
        // 12 events at most 2 a query: 6 queries, each in stored order; the sequence events still meet the orders in time order
        RollupReader.Report report = new RollupReader(db, 2).read(cube, Instant.ofEpochMilli(Fixture.T + 86_400_000L));
        assertEquals(6, report.slices());
        ReportsTest.assertFixtureFigures(cube);
        assertEquals(3, report.orderLines());
        assertEquals(0, report.skipped());
    }

    @Test
    void aLaterRollUpReadsOnlyWhatCameSinceAndGivesTheSameFigures() {
        SalesCube cube = cube();
        // minute 3: u1's view and its cart addition from a recommendation; the order it leads to (minute 5) comes later
        new RollupReader(db).read(cube, Fixture.at(3));
        SalesCube kept = cube.copy();
        RollupReader.Report since = new RollupReader(db).readSince(cube, Fixture.at(3),
                Instant.ofEpochMilli(Fixture.T + 86_400_000L));
        // the whole day's figures, the order credited to the recommendation whose cart addition the first read saw
        ReportsTest.assertFixtureFigures(cube);
        assertEquals(1, since.slices(), "one query for the window");
        assertEquals(3, since.orderLines(), "both orders are after minute 3");
        assertEquals(10, since.counted() + since.sequenceEvents(), "the 10 events from minute 3 on, not the 2 before");
        // the copy kept what the first read counted and no more
        assertEquals(1, kept.figures(Scope.seller("alpha"), ReportsTest.DAY).views());
        assertEquals(0, kept.figures(Scope.SHOP, ReportsTest.DAY).orders());
    }
}
