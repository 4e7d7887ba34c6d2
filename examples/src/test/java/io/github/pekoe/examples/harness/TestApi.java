package io.github.pekoe.examples.harness;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.pekoe.examples.fixtures.LargeBody;
import io.github.pekoe.examples.server.EchoSocketServer;
import io.github.pekoe.examples.server.Replies;
import io.github.pekoe.examples.server.StaticSite;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The endpoints the fetch tests call, under {@code /test/api/} of the {@link TestSite}: text, JSON
 * and bytes, an echo of any request, set headers, any status, a redirect, a 10 MB body, a slow
 * answer, invalid JSON, a cross-origin URL and a closed port; and for the WebSocket tests the
 * URL of the {@link EchoSocketServer} ({@code ws-url}) and a {@code ws:} URL where nothing listens
 * ({@code ws-closed-url}); {@code cut-url}, the URL of a one-shot server that drops its
 * connection in the middle of a body; {@code reset-url}, one that resets the connection instead of
 * answering; {@code ws-killed-url}, a {@code ws:} URL whose server, once the client sends anything,
 * sends two messages and then ends the connection without a close frame; {@code ws-cut-url} and {@code ws-bad-handshake-url}, the
 * {@code ws:} URLs of one-shot servers that close the connection in the middle of the WebSocket
 * handshake or answer it with a wrong {@code Sec-WebSocket-Accept}; {@code xss-corpus}, the
 * {@link XssCorpus} as a JSON array of strings; and {@code xss-config.json}, a config whose {@code files}
 * entry has that array for its destination, which the page refuses in a banner that shows it. All on
 * 127.0.0.1.
 */
public final class TestApi implements HttpHandler {

    /** Where the API is mounted. */
    public static final String CONTEXT = "/test/api/";
    /** The text of {@code GET text}: not ASCII, to prove UTF-8. */
    public static final String TEXT = "Hello, tea \u2615 \u2013 \u00fcn\u00efcode";
    /** How long {@code GET slow} takes to answer. */
    public static final int SLOW_MILLIS = 3000;

    /** What the {@code cut-url} server sends: headers promising 1000 bytes, then 10 of them. */
    private static final byte[] CUT_BODY = ("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
            + "Content-Length: 1000\r\nAccess-Control-Allow-Origin: *\r\nConnection: close\r\n\r\n" + "\0".repeat(10))
            .getBytes(StandardCharsets.US_ASCII);
    /** The text messages {@code one} and {@code two}, as unmasked WebSocket frames from a server. */
    private static final byte[] TWO_MESSAGES = {(byte) 0x81, 3, 'o', 'n', 'e', (byte) 0x81, 3, 't', 'w', 'o'};
    /** An upgrade reply whose accept key cannot be the one the client's key asks for. */
    private static final byte[] BAD_HANDSHAKE = ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
            + "Connection: Upgrade\r\nSec-WebSocket-Accept: bm90IHRoZSByaWdodCBrZXk=\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    private static final AtomicInteger CORS_HITS = new AtomicInteger();
    private static final ScheduledExecutorService LATER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pekoe-test-api-slow");
        thread.setDaemon(true);
        return thread;
    });

    private final int port;
    private final String echoUrl;

    private TestApi(int port, String echoUrl) {
        this.port = port;
        this.echoUrl = echoUrl;
    }

    /** Mounts the API on {@code site}; {@code echo} is the WebSocket server the tests talk to. */
    static void mount(StaticSite site, EchoSocketServer echo) {
        site.handle(CONTEXT, new TestApi(site.port(), echo.url()));
    }

    /** How many requests reached {@code GET cors} so far. */
    public static int corsHits() {
        return CORS_HITS.get();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = Replies.subPath(exchange);
        switch (path) {
            case "text" -> Replies.text(exchange, 200, TEXT);
            case "xss-corpus" -> Replies.json(exchange, 200, XssCorpus.payloads());
            case "xss-config.json" -> Replies.json(exchange, 200, Map.of("files", Map.of("data.txt", XssCorpus.payloads())));
            case "json" -> Replies.json(exchange, 200, sampleJson());
            case "bytes" -> Replies.send(exchange, 200, "application/octet-stream", allBytes());
            case "echo" -> Replies.json(exchange, 200, echo(exchange));
            case "headers" -> headers(exchange);
            case "redirect" -> redirect(exchange);
            case "large" -> large(exchange);
            case "slow" -> slow(exchange);
            case "cut-url" -> Replies.text(exchange, 200, "http://127.0.0.1:" + oneShot(CUT_BODY, "cut-body") + "/");
            case "reset-url" -> Replies.text(exchange, 200, "http://127.0.0.1:" + oneShot(head -> null, null, "reset") + "/");
            case "ws-cut-url" -> Replies.text(exchange, 200, "ws://127.0.0.1:" + oneShot(new byte[0], "ws-cut") + "/");
            case "ws-killed-url" -> Replies.text(exchange, 200,
                    "ws://127.0.0.1:" + oneShot(TestApi::upgrade, TWO_MESSAGES, "ws-killed") + "/");
            case "ws-bad-handshake-url" -> Replies.text(exchange, 200,
                    "ws://127.0.0.1:" + oneShot(BAD_HANDSHAKE, "ws-bad-handshake") + "/");
            case "invalid-json" -> Replies.send(exchange, 200, "application/json", "{not json".getBytes(StandardCharsets.UTF_8));
            case "closed-url" -> Replies.text(exchange, 200, "http://127.0.0.1:" + closedPort() + "/");
            case "ws-url" -> Replies.text(exchange, 200, echoUrl);
            case "ws-closed-url" -> Replies.text(exchange, 200, "ws://127.0.0.1:" + closedPort() + "/");
            case "cross-origin-url" -> Replies.text(exchange, 200, "http://localhost:" + port + CONTEXT + "cors");
            case "cors" -> {
                CORS_HITS.incrementAndGet();
                Replies.text(exchange, 200, "no Access-Control-Allow-Origin here");
            }
            default -> status(exchange, path);
        }
    }

    private static Map<String, Object> sampleJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", "Pekoe");
        json.put("count", 3);
        json.put("ratio", 2.5);
        json.put("big", 9007199254740991L);
        json.put("yes", true);
        json.put("none", null);
        json.put("list", List.of(1, "two", List.of(3)));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", 1);
        map.put("a", Map.of("deep", false));
        json.put("map", map);
        return json;
    }

    private static byte[] allBytes() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    private static Map<String, Object> echo(HttpExchange exchange) throws IOException {
        byte[] body = Replies.body(exchange);
        long sum = 0;
        for (byte b : body) {
            sum += b & 0xff;
        }
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("method", exchange.getRequestMethod());
        echo.put("contentType", exchange.getRequestHeaders().getFirst("Content-Type"));
        echo.put("length", body.length);
        echo.put("sum", sum);
        echo.put("text", new String(body, StandardCharsets.UTF_8));
        echo.put("custom", exchange.getRequestHeaders().getFirst("X-Pekoe-Test"));
        return echo;
    }

    private static void headers(HttpExchange exchange) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("X-Pekoe-Answer", "42");
        headers.add("X-Multi", "one");
        headers.add("X-Multi", "two");
        Replies.text(exchange, 200, "see the headers");
    }

    private static void redirect(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Location", CONTEXT + "text");
        Replies.text(exchange, 302, "moved to " + CONTEXT + "text");
    }

    /** 404 and other statuses: {@code status/404} answers 404 with a JSON error. */
    private static void status(HttpExchange exchange, String path) throws IOException {
        int status = 404;
        if (path.startsWith("status/")) {
            try {
                status = Integer.parseInt(path.substring("status/".length()));
            } catch (NumberFormatException e) {
                // an unknown path: 404
            }
        }
        Replies.json(exchange, status, Map.of("error", "status " + status));
    }

    /** Streams 10 MiB in 64 KiB chunks, so the server never holds it whole. */
    private static void large(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, LargeBody.LENGTH);
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = exchange.getResponseBody()) {
                for (int offset = 0; offset < LargeBody.LENGTH; offset += chunk.length) {
                    for (int i = 0; i < chunk.length; i++) {
                        chunk[i] = LargeBody.byteAt(offset + i);
                    }
                    out.write(chunk);
                }
            }
        }
    }

    /**
     * Answers after {@link #SLOW_MILLIS} from a timer, so waiting holds none of the server's threads;
     * a client that gave up by then is no error here.
     */
    private static void slow(HttpExchange exchange) {
        LATER.schedule(() -> {
            try {
                Replies.text(exchange, 200, "slow answer");
            } catch (IOException e) {
                exchange.close();
            }
        }, SLOW_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts a server for one connection on a free port: it reads the request's headers, writes
     * {@code reply} and closes the connection. Returns its port. It stops after that connection, or
     * after 30 s without one.
     */
    private static int oneShot(byte[] reply, String name) throws IOException {
        return oneShot(head -> reply, null, name);
    }

    /** The reply that accepts the WebSocket handshake whose request is {@code head}. */
    private static byte[] upgrade(String head) {
        String key = "";
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("sec-websocket-key:")) {
                key = line.substring(line.indexOf(':') + 1).trim();
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(
                    (key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII));
            return ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + Base64.getEncoder().encodeToString(digest) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * As {@link #oneShot(byte[], String)}, with the reply made from the request's head (its request
     * line and headers); a null reply resets the connection (TCP RST) instead of answering. When
     * {@code onClientData} is given, the server then waits for the client to send anything, writes
     * it, and ends the connection.
     */
    private static int oneShot(Function<String, byte[]> replyTo, byte[] onClientData, String name)
            throws IOException {
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        server.setSoTimeout(30_000);
        Thread thread = new Thread(() -> {
            try (server; Socket socket = server.accept()) {
                InputStream in = socket.getInputStream();
                StringBuilder head = new StringBuilder();
                int matched = 0;
                while (matched < 4) {
                    int b = in.read();
                    if (b < 0) {
                        return;
                    }
                    head.append((char) b);
                    matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
                }
                byte[] reply = replyTo.apply(head.toString());
                if (reply == null) {
                    socket.setSoLinger(true, 0);
                    return;
                }
                OutputStream out = socket.getOutputStream();
                out.write(reply);
                out.flush();
                if (onClientData != null && in.read() >= 0) {
                    out.write(onClientData);
                    out.flush();
                }
            } catch (IOException e) {
                // no connection came, or the client left first: nothing to serve
            }
        }, name + " server");
        thread.setDaemon(true);
        thread.start();
        return server.getLocalPort();
    }

    /** A port on 127.0.0.1 that was just bound and closed, so nothing listens there. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
