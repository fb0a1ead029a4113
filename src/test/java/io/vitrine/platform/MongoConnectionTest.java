package io.vitrine.platform;

import com.mongodb.ConnectionString;
import com.mongodb.WriteConcern;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MongoConnectionTest {

    @Test
    void writesWaitForAMajorityJournalUnlessTheUrlSaysOtherwise() {
        assertEquals(WriteConcern.MAJORITY.withJournal(true),
                MongoConnection.clientSettings(new ConnectionString("mongodb://db:27017")).getWriteConcern());
        assertEquals(new WriteConcern(2),
                MongoConnection.clientSettings(new ConnectionString("mongodb://db:27017/?w=2")).getWriteConcern());
    }
}
