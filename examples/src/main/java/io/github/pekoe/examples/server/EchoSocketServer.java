package io.github.pekoe.examples.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.protocols.IProtocol;
import org.java_websocket.protocols.Protocol;
import org.java_websocket.server.WebSocketServer;

/**
 * The WebSocket echo endpoint of the gallery and the tests, on a port of its own (the JDK's
 * HttpServer cannot upgrade a connection), found by pages through the JSON the {@link GalleryApi}
 * serves. It echoes every text and binary message as it came, and obeys two text commands:
 * {@code /close CODE REASON} closes the connection from the server's side, and {@code /burst N} sends
 * the texts {@code 0} to {@code N-1}. It speaks the subprotocols {@code chat} and {@code superchat}
 * (preferring {@code chat}), or none.
 */
public final class EchoSocketServer implements AutoCloseable {
    /** The subprotocols the server accepts, preferred first. */
    public static final List<String> PROTOCOLS = List.of("chat", "superchat");

    private final Server server;

    private EchoSocketServer(Server server) {
        this.server = server;
    }

    /**
     * Starts a server on {@code host:port} (port 0 picks a free one) and waits until it listens.
     *
     * @throws IOException when it cannot listen there
     */
    public static EchoSocketServer start(String host, int port) throws IOException {
        List<IProtocol> protocols = List.of(new Protocol(PROTOCOLS.get(0)), new Protocol(PROTOCOLS.get(1)),
                new Protocol(""));
        Server server = new Server(new InetSocketAddress(host, port), List.of(new Draft_6455(List.of(), protocols)));
        server.setReuseAddr(true);
        server.setDaemon(true);
        server.start();
        try {
            if (!server.started.await(10, TimeUnit.SECONDS) || server.failure != null) {
                server.stop(0);
                throw new IOException("the WebSocket server did not start on " + host + ":" + port, server.failure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the WebSocket server started", e);
        }
        return new EchoSocketServer(server);
    }

    /** The server's URL, e.g. {@code ws://127.0.0.1:41234/}. */
    public String url() {
        return "ws://" + server.getAddress().getHostString() + ":" + server.getPort() + "/";
    }

    /** Stops the server and closes its connections. */
    @Override
    public void close() {
        try {
            server.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The library's server, echoing. */
    private static final class Server extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);
        volatile Exception failure;

        Server(InetSocketAddress address, List<Draft> drafts) {
            super(address, drafts);
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        @Override
        public void onOpen(WebSocket connection, ClientHandshake handshake) {
            // nothing to greet with: the page speaks first
        }

        @Override
        public void onMessage(WebSocket connection, String message) {
            if (message.startsWith("/close ")) {
                String[] parts = message.split(" ", 3);
                connection.close(Integer.parseInt(parts[1]), parts.length > 2 ? parts[2] : "");
            } else if (message.startsWith("/burst ")) {
                int count = Integer.parseInt(message.substring("/burst ".length()).trim());
                for (int i = 0; i < count; i++) {
                    connection.send(Integer.toString(i));
                }
            } else {
                connection.send(message);
            }
        }

        @Override
        public void onMessage(WebSocket connection, ByteBuffer message) {
            connection.send(message);
        }

        @Override
        public void onClose(WebSocket connection, int code, String reason, boolean remote) {
            // the library has already answered the closing handshake
        }

        @Override
        public void onError(WebSocket connection, Exception e) {
            if (connection == null) {
                failure = e;
                started.countDown();
            }
        }
    }
}
