package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Serves the built folder (target/site) and proves in a browser that the script ran and the handler is bound. */
class HelloPageTest {
    private static final Path SITE = Path.of("target", "site");
    private static HttpServer server;

    @BeforeAll
    static void serve() throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Path file = SITE.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(SITE) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type",
                    name.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void scriptRunsAndClickRunsTheHandler() throws IOException {
        try (WebClient browser = new WebClient()) {
            browser.getOptions().setCssEnabled(false);
            HtmlPage page = browser.getPage("http://127.0.0.1:" + server.getAddress().getPort() + "/index.html");
            browser.waitForBackgroundJavaScript(10_000);
            assertEquals("Hello from Java! The square root of 2 is 1.4142135623730951",
                    page.getHtmlElementById("out").asNormalizedText());
            assertEquals("", page.getHtmlElementById("answer").asNormalizedText());

            page.getHtmlElementById("greet").click();
            browser.waitForBackgroundJavaScript(10_000);
            assertEquals("Clicked: the handler ran.", page.getHtmlElementById("answer").asNormalizedText());
            assertEquals(0, page.querySelectorAll(".java-error").size(), "error banners");
        }
    }
}
