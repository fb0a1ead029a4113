package io.vitrine.platform;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void postsKindPathAndKeyAndPrintsTheReport() throws Exception {
        AtomicReference<String> received = new AtomicReference<>();
        AtomicReference<String> key = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/admin/imports", exchange -> {
            received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            key.set(exchange.getRequestHeaders().getFirst("X-API-Key"));
            byte[] body = "{\"kind\":\"flipkart\",\"rowsRead\":3}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = ImportCommand.run(new String[]{"--url", "http://127.0.0.1:" + server.getAddress().getPort() + "/",
                    "--seller", "shop-1", "flipkart", dir.toString()}, "secret", new PrintStream(out), System.err);

            assertEquals(0, status);
            assertEquals("{\"kind\":\"flipkart\",\"path\":" + ImportCommand.quote(dir.toAbsolutePath().toString())
                    + ",\"seller\":\"shop-1\"}", received.get());
            assertEquals("secret", key.get());
            assertTrue(out.toString().contains("\"rowsRead\":3"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void refusesUnknownKindsAndAMissingKey() throws IOException, InterruptedException {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        assertEquals(2, ImportCommand.run(new String[]{"csv", "x"}, "k", quiet, quiet));
        assertEquals(2, ImportCommand.run(new String[]{"jsonl", "x"}, null, quiet, quiet));
    }

    @Test
    void quotesPathsAsJsonStrings() {
        assertEquals("\"C:\\\\data\\\\\\\"odd\\\" name\\n\\u0001\"", ImportCommand.quote("C:\\data\\\"odd\" name\n\u0001"));
    }
}
