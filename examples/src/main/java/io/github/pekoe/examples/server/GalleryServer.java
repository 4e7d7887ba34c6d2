package io.github.pekoe.examples.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Serves the built gallery, with the {@link GalleryApi} its fetch and websocket pages call (and the
 * {@link EchoSocketServer} on a port of its own), on {@code 127.0.0.1}
 * until killed: {@code mvn -Pserve -DskipTests package}, or {@code java ... GalleryServer [galleryDir]}.
 * The port comes from {@code PEKOE_PORT} (default 8000).
 */
public final class GalleryServer {

    private static final String HOST = "127.0.0.1";
    private static final int DEFAULT_PORT = 8000;
    private static final int USAGE_ERROR = 2;

    private GalleryServer() {
    }

    /** Starts the server; {@code args[0]}, if given, is the gallery directory. */
    public static void main(String[] args) throws InterruptedException {
        int port;
        try {
            port = port(System.getenv("PEKOE_PORT"));
        } catch (IllegalArgumentException e) {
            exit(USAGE_ERROR, e.getMessage());
            return;
        }
        Path gallery = args.length > 0 ? Path.of(args[0]) : defaultGallery();
        if (!Files.isRegularFile(gallery.resolve("app/hello.js"))) {
            exit(USAGE_ERROR, "no gallery at " + gallery.toAbsolutePath() + " (app/hello.js is missing): "
                    + "build the gallery first: mvn -Pserve -DskipTests package");
            return;
        }
        StaticSite site;
        try {
            site = StaticSite.start(HOST, port, Map.of("/", gallery));
            GalleryApi.mount(site);
        } catch (IOException e) {
            exit(1, "cannot listen on " + HOST + ":" + port + ": " + e.getMessage()
                    + " (set PEKOE_PORT to a free port)");
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(site::close));
        System.out.println("Pekoe gallery: " + site.url("/"));
        new CountDownLatch(1).await();
    }

    /**
     * The port named by {@code PEKOE_PORT}'s value, or 8000 when it is unset or blank.
     *
     * @throws IllegalArgumentException when the value is not a number from 1 to 65535
     */
    static int port(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("PEKOE_PORT must be a port number from 1 to 65535, not \"" + value + "\"");
    }

    private static Path defaultGallery() {
        Path fromRoot = Path.of("examples/target/gallery");
        Path fromModule = Path.of("target/gallery");
        return !Files.isDirectory(fromRoot) && Files.isDirectory(fromModule) ? fromModule : fromRoot;
    }

    private static void exit(int status, String message) {
        System.err.println("Pekoe gallery: " + message);
        System.exit(status);
    }
}
