package io.github.pekoe.websocket;

import io.github.pekoe.EventHandler;
import io.github.pekoe.internal.check.Arguments;
import io.github.pekoe.internal.event.HandlerThreads;
import io.github.pekoe.internal.js.Bytes;
import io.github.pekoe.internal.js.JsPrimitives;
import io.github.pekoe.internal.js.JsProperties;
import io.github.pekoe.internal.js.PageUrls;
import java.nio.ByteBuffer;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.typedarrays.ArrayBuffer;

/**
 * The browser's WebSocket, as PyScript's {@code WebSocket} gives it to Python: connects at once, calls
 * {@code onOpen}, {@code onMessage}, {@code onClose} and {@code onError} handlers (given in
 * {@link WebSocketOptions} or set later) on Java threads of their own, delivers text as {@code String}
 * and binary messages as {@code byte[]}. Scripts and handlers may instead block on
 * {@link #awaitOpen(int)}, {@link #receive(int)} and {@link #awaitClose(int)}.
 *
 * <p>Where the browser would throw or silently drop, this class throws: an invalid URL, scheme or
 * subprotocol and an invalid close code are {@code IllegalArgumentException}s; sending while the
 * socket is not open is an {@code IllegalStateException}.
 */
public final class WebSocket {
    /** {@link #readyState()}: the connection is not yet open. */
    public static final int CONNECTING = 0;
    /** {@link #readyState()}: the connection is open; messages can be sent. */
    public static final int OPEN = 1;
    /** {@link #readyState()}: the closing handshake is under way. */
    public static final int CLOSING = 2;
    /** {@link #readyState()}: the connection is closed or could not be opened. */
    public static final int CLOSED = 3;

    /** The longest a blocking call waits before it looks at the socket's state again. */
    private static final int RECHECK_MILLIS = 100;
    private static final String[] STATES = {"still connecting", "open", "closing", "closed"};

    private final org.teavm.jso.websocket.WebSocket socket;
    private final Inbox inbox = new Inbox();
    private EventHandler<WebSocketEvent> onOpen;
    private EventHandler<WebSocketMessage> onMessage;
    private EventHandler<WebSocketClose> onClose;
    private EventHandler<WebSocketEvent> onError;
    private WebSocketClose closeEvent;
    private boolean closeCalled;
    private boolean opened;

    /**
     * Connects to {@code url} ({@code ws:}, {@code wss:}, or {@code http:}/{@code https:}, which become
     * them; relative to the page).
     *
     * @throws IllegalArgumentException for a null, blank or invalid URL, another scheme, or a URL with a fragment
     */
    public WebSocket(String url) {
        this(url, new WebSocketOptions());
    }

    /**
     * Connects to {@code url} asking for the subprotocols {@code protocols}, preferred first.
     *
     * @throws IllegalArgumentException for a null, blank or invalid URL or another scheme, or an invalid or
     *     repeated subprotocol
     */
    public WebSocket(String url, String... protocols) {
        this(url, new WebSocketOptions().protocols(protocols));
    }

    /**
     * Connects to {@code url} with the subprotocols and handlers of {@code options}.
     *
     * @throws IllegalArgumentException for a null, blank or invalid URL or another scheme, or an invalid or
     *     repeated subprotocol
     */
    public WebSocket(String url, WebSocketOptions options) {
        Arguments.notNull(options, "WebSocket: the options");
        String target = SocketChecks.socketUrl(url, PageUrls.absolute(SocketChecks.given(url)));
        SocketChecks.checkProtocols(options.protocols);
        onOpen = options.onOpen;
        onMessage = options.onMessage;
        onClose = options.onClose;
        onError = options.onError;
        try {
            socket = org.teavm.jso.websocket.WebSocket.create(target, options.protocols);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("WebSocket: the browser refused " + target + ": " + e.getMessage(), e);
        }
        socket.setBinaryType("arraybuffer");
        EventListener<Event> open = this::opened;
        EventListener<org.teavm.jso.dom.events.MessageEvent> message = this::received;
        EventListener<org.teavm.jso.websocket.CloseEvent> close = this::closed;
        EventListener<Event> error = this::failed;
        listenInOwnTask(socket, "open", open);
        listenInOwnTask(socket, "message", message);
        listenInOwnTask(socket, "close", close);
        listenInOwnTask(socket, "error", error);
        if (socket.getReadyState() != CONNECTING) {
            Window.setTimeout(this::replayMissedEvents, 0);
        }
    }

    /** Sets the handler of the {@code open} event; returns this socket. */
    public WebSocket onOpen(EventHandler<WebSocketEvent> handler) {
        onOpen = handler;
        return this;
    }

    /**
     * Sets the handler of each message; returns this socket. Messages that arrive while no handler is
     * set are kept for {@link #receive(int)}.
     */
    public WebSocket onMessage(EventHandler<WebSocketMessage> handler) {
        onMessage = handler;
        return this;
    }

    /** Sets the handler of the {@code close} event; returns this socket. */
    public WebSocket onClose(EventHandler<WebSocketClose> handler) {
        onClose = handler;
        return this;
    }

    /** Sets the handler of the {@code error} event; returns this socket. */
    public WebSocket onError(EventHandler<WebSocketEvent> handler) {
        onError = handler;
        return this;
    }

    /**
     * Sends a text message.
     *
     * @throws IllegalStateException when the socket is not open (still connecting, closing or closed)
     * @throws IllegalArgumentException when the message is null
     */
    public void send(String text) {
        Arguments.notNull(text, "WebSocket.send: the text");
        checkOpen();
        socket.send(text);
    }

    /**
     * Sends a binary message of {@code bytes}.
     *
     * @throws IllegalStateException when the socket is not open (still connecting, closing or closed)
     * @throws IllegalArgumentException when the message is null
     */
    public void send(byte[] bytes) {
        Arguments.notNull(bytes, "WebSocket.send: the bytes");
        checkOpen();
        socket.send(Bytes.toBuffer(bytes));
    }

    /**
     * Sends the remaining bytes of {@code buffer} as a binary message and, as a channel write does,
     * advances its position to its limit.
     *
     * @throws IllegalStateException when the socket is not open (still connecting, closing or closed)
     * @throws IllegalArgumentException when the message is null
     */
    public void send(ByteBuffer buffer) {
        Arguments.notNull(buffer, "WebSocket.send: the buffer");
        checkOpen();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        send(bytes);
    }

    /** Starts closing the connection normally (code 1000); harmless when it is closing or closed. */
    public void close() {
        closeCalled = true;
        socket.close();
    }

    /**
     * Starts closing the connection with {@code code} and {@code reason}, which the server receives.
     *
     * @throws IllegalArgumentException when the code is neither 1000 nor from 3000 to 4999, or the
     *     reason is longer than 123 bytes in UTF-8
     */
    public void close(int code, String reason) {
        String text = reason == null ? "" : reason;
        SocketChecks.checkClose(code, text);
        closeCalled = true;
        socket.close(code, text);
    }

    /**
     * The connection's state: {@link #CONNECTING}, {@link #OPEN}, {@link #CLOSING} or {@link #CLOSED},
     * in step with the handlers in every browser: {@code OPEN} from the open event on, {@code CLOSING}
     * at once after {@code close}, and {@code CLOSED} from the close event on.
     */
    public int readyState() {
        if (closeEvent != null) {
            return CLOSED;
        }
        int state = socket.getReadyState();
        if (state == OPEN && !opened) {
            state = CONNECTING;
        } else if (state == CONNECTING && opened) {
            state = OPEN; // HtmlUnit fires open before its readyState says so
        }
        return closeCalled && state < CLOSING ? CLOSING : state;
    }

    /** The absolute URL the socket connects to. */
    public String url() {
        return socket.getUrl();
    }

    /** The subprotocol the server chose, "" when none (or before the socket opened). */
    public String protocol() {
        return text(JsProperties.getText(socket, "protocol"));
    }

    /** The extensions the server chose, "" when none (or where the browser does not tell). */
    public String extensions() {
        return text(JsProperties.getText(socket, "extensions"));
    }

    /** How many bytes of sent messages are still queued, not yet on the network. */
    public int bufferedAmount() {
        return socket.getBufferedAmount();
    }

    /** How binary messages arrive from the browser: always {@code "arraybuffer"}, given to you as {@code byte[]}. */
    public String binaryType() {
        return socket.getBinaryType();
    }

    /** Blocks until the socket is open, with no time limit; see {@link #awaitOpen(int)}. */
    public WebSocket awaitOpen() {
        return awaitOpen(0);
    }

    /**
     * Blocks until the socket is open, at most {@code timeoutMillis} ({@code 0}: no limit); returns this
     * socket. Call it from a script, a handler or another Java thread.
     *
     * @throws IllegalStateException when the socket closed instead (say, the connection was refused),
     *     or the time ran out
     * @throws IllegalArgumentException when {@code timeoutMillis} is negative
     */
    public WebSocket awaitOpen(int timeoutMillis) {
        long deadline = deadline(timeoutMillis, "awaitOpen");
        while (readyState() != OPEN && closeEvent == null) {
            if (!waitUntil(deadline)) {
                throw new IllegalStateException("WebSocket " + url() + " did not open within " + timeoutMillis + " ms");
            }
        }
        if (readyState() != OPEN) {
            throw new IllegalStateException("WebSocket " + url() + " is " + STATES[readyState()]
                    + (closeEvent == null ? "" : " (" + closeEvent + ")") + "; it did not open");
        }
        return this;
    }

    /** Returns the next message, waiting with no time limit; see {@link #receive(int)}. */
    public @Nullable WebSocketMessage receive() {
        return receive(0);
    }

    /**
     * Returns the next message no {@code onMessage} handler took, blocking up to {@code timeoutMillis}
     * ({@code 0}: no limit) for one to arrive; null when the time ran out or the socket closed with
     * no message left. Messages are kept only while no {@code onMessage} handler is set.
     *
     * @throws IllegalStateException when called outside a Java thread
     * @throws IllegalArgumentException when {@code timeoutMillis} is negative
     */
    public @Nullable WebSocketMessage receive(int timeoutMillis) {
        long deadline = deadline(timeoutMillis, "receive");
        while (inbox.isEmpty() && readyState() != CLOSED) {
            if (!waitUntil(deadline)) {
                return null;
            }
        }
        return inbox.poll();
    }

    /**
     * Blocks until the socket is closed, at most {@code timeoutMillis} ({@code 0}: no limit); returns
     * the close event, or null when the time ran out.
     *
     * @throws IllegalStateException when called outside a Java thread
     * @throws IllegalArgumentException when {@code timeoutMillis} is negative
     */
    public @Nullable WebSocketClose awaitClose(int timeoutMillis) {
        long deadline = deadline(timeoutMillis, "awaitClose");
        while (closeEvent == null) {
            if (!waitUntil(deadline)) {
                return null;
            }
        }
        return closeEvent;
    }

    /** {@code WebSocket(URL, STATE)}. */
    @Override
    public String toString() {
        return "WebSocket(" + url() + ", " + STATES[readyState()] + ")";
    }

    private void checkOpen() {
        int state = readyState();
        if (state != OPEN) {
            throw new IllegalStateException("WebSocket " + url() + " is " + STATES[state] + ": nothing was sent"
                    + (state == CONNECTING ? " (wait for onOpen, or call awaitOpen)" : ""));
        }
    }

    /**
     * HtmlUnit fires socket events from its network thread as they happen, so a refusal (or an open)
     * that comes before the constructor added its listeners is lost; browsers queue them and never
     * do. When the socket had left {@code CONNECTING} by then, this replays what its state says: an
     * open, or an error and an unclean close (1006). Events that did arrive are not repeated.
     */
    private void replayMissedEvents() {
        if (socket.getReadyState() == OPEN) {
            opened(null);
        } else {
            failed(null);
            closed(null);
        }
    }

    private void opened(@Nullable Event event) {
        if (opened) {
            return;
        }
        opened = true;
        dispatch(onOpen, new WebSocketEvent("open", this));
        inbox.wake();
    }

    private void received(org.teavm.jso.dom.events.MessageEvent event) {
        JSObject data = event.getData();
        WebSocketMessage message = JsPrimitives.isString(data) ? new WebSocketMessage(this, JsPrimitives.string(data), null)
                : new WebSocketMessage(this, null, Bytes.toJava((ArrayBuffer) data));
        if (onMessage != null) {
            dispatch(onMessage, message);
        } else {
            inbox.add(message);
        }
    }

    private void closed(org.teavm.jso.websocket.@Nullable CloseEvent event) {
        if (closeEvent != null) {
            return;
        }
        closeEvent = event == null ? new WebSocketClose(this, 1006, "", false)
                : new WebSocketClose(this, (int) JsProperties.getNumber(event, "code"),
                        text(JsProperties.getText(event, "reason")), JsProperties.getBoolean(event, "wasClean"));
        dispatch(onClose, closeEvent);
        inbox.wake();
    }

    private void failed(@Nullable Event event) {
        if (closeEvent != null) {
            return;
        }
        dispatch(onError, new WebSocketEvent("error", this));
        inbox.wake();
    }

    /**
     * Runs {@code handler} on a thread of its own; a banner for what it throws names it:
     * {@code the message handler of WebSocket ws://host/}.
     */
    private static <E extends WebSocketEvent> void dispatch(EventHandler<E> handler, E event) {
        if (handler != null) {
            HandlerThreads.runNow("the " + event.type() + " handler of WebSocket " + event.socket().url(),
                    () -> handler.handle(event));
        }
    }

    private static long deadline(int timeoutMillis, String call) {
        Arguments.timeout(timeoutMillis, "WebSocket." + call);
        return timeoutMillis > 0 ? System.currentTimeMillis() + timeoutMillis : 0;
    }

    /**
     * Waits for the socket to change, or {@link #RECHECK_MILLIS} at most, so that callers re-check
     * its state even if a browser delivers an event from another thread (HtmlUnit does) and the
     * wake-up is lost. Returns false, without waiting, once {@code deadline} (0: none) has passed.
     */
    private boolean waitUntil(long deadline) {
        long now = System.currentTimeMillis();
        if (deadline != 0 && now >= deadline) {
            return false;
        }
        inbox.await(deadline == 0 ? RECHECK_MILLIS : Math.min(RECHECK_MILLIS, deadline - now));
        return true;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /**
     * Listens to {@code type} events of {@code socket}, handling each in a task of its own. HtmlUnit
     * fires socket events from its network thread, which must run no Java code while the page's
     * threads may; this plain function only queues the event. Browsers keep the order and pay a timer.
     */
    @JSBody(params = {"socket", "type", "listener"}, script = "socket.addEventListener(type, function(e) {"
            + " setTimeout(function() { listener(e); }, 0); });")
    private static native void listenInOwnTask(JSObject socket, String type, EventListener<?> listener);

}
