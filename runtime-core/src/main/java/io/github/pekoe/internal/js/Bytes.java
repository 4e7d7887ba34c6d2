package io.github.pekoe.internal.js;

import io.github.pekoe.bridge.JsTextEncoder;
import org.teavm.jso.JSBody;
import org.teavm.jso.file.Blob;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Int8Array;
import org.teavm.jso.typedarrays.Uint8Array;

/** Moves binary data between Java's {@code byte[]} and the browser's buffers, blobs and text. */
public final class Bytes {
    private Bytes() {
    }

    /** Returns a copy of the buffer's bytes as a Java array. */
    public static byte[] toJava(ArrayBuffer buffer) {
        return new Int8Array(buffer.slice(0, buffer.getByteLength())).toJavaArray();
    }

    /** Returns a typed-array view of {@code bytes} (no copy) to hand to a browser API. */
    public static Int8Array toJs(byte[] bytes) {
        return Int8Array.fromJavaArray(bytes);
    }

    /**
     * Returns a new ArrayBuffer holding a copy of {@code bytes}, for browser APIs that take a buffer
     * but no typed array (HtmlUnit's {@code WebSocket.send}).
     */
    public static ArrayBuffer toBuffer(byte[] bytes) {
        Int8Array view = toJs(bytes);
        return view.getBuffer().slice(view.getByteOffset(), view.getByteOffset() + view.getByteLength());
    }

    /** Encodes {@code text} as UTF-8 with the browser's encoder (lighter in a bundle than {@code String.getBytes}). */
    public static byte[] utf8(String text) {
        Uint8Array encoded = new JsTextEncoder().encode(text);
        return new Int8Array(encoded.getBuffer(), encoded.getByteOffset(), encoded.getLength()).toJavaArray();
    }

    /** Returns a Blob of the buffer's bytes with the media type {@code type} ("" for none). */
    @JSBody(params = {"buffer", "type"}, script = "return new Blob([buffer], {type: type});")
    public static native Blob blob(ArrayBuffer buffer, String type);
}
