package io.vitrine.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImportCommandTest {

    @Test
    void quotesPathsAsJsonStrings() {
        assertEquals("\"C:\\\\data\\\\\\\"odd\\\" name\\n\\u0001\"", ImportCommand.quote("C:\\data\\\"odd\" name\n\u0001"));
    }
}
