package io.github.pekoe.internal.files;

import io.github.pekoe.internal.js.Bytes;
import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.ArrayBuffer;

/** Decompresses bytes with the browser's {@code DecompressionStream}, blocking the calling Java thread. */
final class Inflate {
    private Inflate() {
    }

    /** Receives the decompressed bytes. */
    @JSFunctor
    interface Done extends JSObject {
        void done(ArrayBuffer bytes);
    }

    /** Receives why decompression failed. */
    @JSFunctor
    interface Failed extends JSObject {
        void failed(String message);
    }

    /**
     * Returns {@code data} decompressed as {@code format} ({@code "gzip"} or {@code "deflate-raw"}).
     *
     * @throws IllegalStateException if the browser has no {@code DecompressionStream} or the data is
     *     not in that format
     */
    static byte[] run(byte[] data, String format) {
        if (!available()) {
            throw new IllegalStateException("unpacking needs the browser's DecompressionStream, which this"
                    + " browser lacks");
        }
        return decompress(data, format);
    }

    @Async
    private static native byte[] decompress(byte[] data, String format);

    private static void decompress(byte[] data, String format, AsyncCallback<byte[]> callback) {
        try {
            start(Bytes.toJs(data), format, bytes -> callback.complete(Bytes.toJava(bytes)),
                    message -> callback.error(new IllegalStateException("the " + format + " data is damaged ("
                            + message + ")")));
        } catch (Throwable e) {
            callback.error(e);
        }
    }

    @JSBody(script = "return typeof DecompressionStream === 'function';")
    private static native boolean available();

    @JSBody(params = {"data", "format", "done", "failed"}, script = "new Response(new Blob([data]).stream()"
            + ".pipeThrough(new DecompressionStream(format))).arrayBuffer()"
            + ".then(done, function (e) { failed(String(e && e.message || e)); });")
    private static native void start(JSObject data, String format, Done done, Failed failed);
}
