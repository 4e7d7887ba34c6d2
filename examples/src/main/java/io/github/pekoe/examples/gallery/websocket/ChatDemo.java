package io.github.pekoe.examples.gallery.websocket;

import static io.github.pekoe.Pekoe.*;

import io.github.pekoe.Handler;
import io.github.pekoe.Script;
import io.github.pekoe.internal.js.Bytes;
import io.github.pekoe.internal.js.JsProperties;
import io.github.pekoe.websocket.WebSocket;
import io.github.pekoe.websocket.WebSocketMessage;
import io.github.pekoe.websocket.WebSocketOptions;
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
        String text = message();
        socket.send(text);
        log("you: " + text);
    }

    /** Sends the text box's text as UTF-8 bytes, in a binary message. */
    @Handler("send-bytes")
    public static void sendBytes() {
        byte[] bytes = Bytes.utf8(message());
        socket.send(bytes);
        log("you (binary): " + Arrays.toString(bytes));
    }

    /** Closes the connection with a code and a reason, which the server echoes. */
    @Handler("close-socket")
    public static void closeSocket() {
        socket.close(1000, "the page said goodbye");
    }

    static void received(WebSocketMessage event) {
        if (event.isBinary()) {
            log("echo (binary): " + Arrays.toString(event.bytes()));
        } else {
            log("echo: " + event.text());
        }
    }

    static String message() {
        return JsProperties.getString(document().getElementById("message"), "value");
    }

    static void log(String line) {
        display(target("chat-log"), line);
    }
}
