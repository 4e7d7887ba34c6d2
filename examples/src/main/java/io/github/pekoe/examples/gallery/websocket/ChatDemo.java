package io.github.pekoe.examples.gallery.websocket;

import static io.github.pekoe.Pekoe.*;
import static io.github.pekoe.web.Web.*;

import io.github.pekoe.*;
import io.github.pekoe.web.elements.*;
import io.github.pekoe.websocket.*;
import java.util.Arrays;

/** A chat with an echo: text and binary messages to the gallery server's WebSocket endpoint and back. */
@Script("chat")
public class ChatDemo {
    private static WebSocket socket;

    /** Connects to the echo endpoint the page's config names. */
    public static void main(String[] args) {
        String url = (String) config().get("echo"); // <java-config src="api/websocket.json">
        socket = new WebSocket(url, new WebSocketOptions()
                .onOpen(event -> log("connected to " + event.socket().url()))
                .onMessage(ChatDemo::received)
                .onClose(event -> log("closed: code " + event.code() + ", " + event.reason()))
                .onError(event -> log("the connection failed")));
    }

    /** Sends the text box's text. */
    @Handler("send-text")
    public static void sendText() {
        if (isOpen()) {
            String text = message();
            socket.send(text);
            log("you: " + text);
        }
    }

    /** Sends the text box's text as UTF-8 bytes, in a binary message. */
    @Handler("send-bytes")
    public static void sendBytes() {
        if (isOpen()) {
            byte[] bytes = utf8(message());
            socket.send(bytes);
            log("you (binary): " + Arrays.toString(bytes));
        }
    }

    /** Closes the connection with a code and a reason, which the server echoes. */
    @Handler("close-socket")
    public static void closeSocket() {
        if (isOpen()) {
            socket.close(1000, "the page said goodbye");
            log("closing...");
        }
    }

    static void received(WebSocketMessage event) {
        if (event.isBinary()) {
            log("echo (binary): " + Arrays.toString(event.bytes()));
        } else {
            log("echo: " + event.text());
        }
    }

    /** Tells whether the socket is open, and says so in the log when it is not. */
    static boolean isOpen() {
        int state = socket.readyState();
        if (state != WebSocket.OPEN) {
            log(state == WebSocket.CONNECTING ? "not connected yet: wait a moment"
                    : "the socket is closed: reload the page to chat again");
        }
        return state == WebSocket.OPEN;
    }

    /**
     * The text as UTF-8 bytes. String.getBytes(UTF_8) gives the same, but brings the JDK's charset
     * machinery into the page (3.5 kB); a few lines do it here.
     */
    static byte[] utf8(String text) {
        byte[] out = new byte[text.length() * 3];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            int c = text.codePointAt(i);
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (c < 0x10000) {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else {
                out[n++] = (byte) (0xF0 | c >> 18);
                out[n++] = (byte) (0x80 | c >> 12 & 0x3F);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
                i++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    static String message() {
        return page.get("message").as(InputElement::new).value();
    }

    static void log(String line) {
        page.get("chat-log").append(line + "\n");
    }
}
