package io.github.pekoe.examples.web;

import static io.github.pekoe.examples.web.WebPageTest.assertLines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ChromiumOnly;
import io.github.pekoe.testing.Lane;
import io.github.pekoe.testing.PagePerLane;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * canvas {@code draw}, {@code dataUrl} and {@code download}, video {@code snap} (WebMediaFixtures in
 * {@code web-media.html}). Chromium only: HtmlUnit's canvas draws nothing it can read back, and it
 * has no media streams.
 */
class WebMediaTest {
    @RegisterExtension
    static final PagePerLane PAGES = new PagePerLane("/test/web-media.html");

    @ChromiumOnly
    void canvasDrawsAndDownloads(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertLines(page, lane, "canvas", List.of(
                "before draw: 0,0,0,0",
                "draw an Element: 255,0,0,255",
                "draw a DOM canvas, scaled: 255,0,0,255 / 0,0,0,0",
                "dataUrl: true",
                "draw null: IllegalArgumentException: draw takes an image, video or canvas, not null",
                "draw a String: IllegalArgumentException: draw takes an image, video or canvas, not java.lang.String",
                "draw a div: IllegalArgumentException: cannot draw that on <canvas>: Failed to execute 'drawImage' on"
                        + " 'CanvasRenderingContext2D': The provided value is not of type '(CSSImageValue or"
                        + " HTMLCanvasElement or HTMLImageElement or HTMLVideoElement or ImageBitmap or OffscreenCanvas"
                        + " or SVGImageElement or VideoFrame)'.",
                "download without a name: IllegalArgumentException: download needs a file name, not \"\"",
                "downloads: red.png data:image/png;base64,, snapped.png data:image/png;base64,",
                "links left: 0"));
    }

    @ChromiumOnly
    void videoSnapsTheFrameOnShow(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertLines(page, lane, "video", List.of(
                "snap before data: canvas 0x0",
                "snap into null: IllegalArgumentException: snap needs a canvas to draw into, not null"));
        page.waitFor("document.getElementById('video-result').textContent !== ''");
        assertEquals("4x4 255,0,0,255 | 255,0,0,255 0,0,0,0", page.text("#video-result"));
    }
}
