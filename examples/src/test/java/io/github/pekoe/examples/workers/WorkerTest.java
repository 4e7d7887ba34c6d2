package io.github.pekoe.examples.workers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.harness.TestApi;
import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ChromiumOnly;
import io.github.pekoe.testing.Lane;
import io.github.pekoe.testing.PagePerLane;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Workers on workers.html (see {@code WorkerFixtures}): named workers and their exports, workers
 * started from Java, {@code sync} with every value type, display from a worker with and without a
 * target, errors in both directions, termination and ready timeouts, all under the test site's
 * {@code script-src 'self'} policy and without COOP/COEP headers.
 *
 * <p>Chromium only: HtmlUnit delivers a worker's messages only to a worker constructed by a classic
 * script at top level, and a Pekoe bundle constructs its workers from Java while the page runs.
 */
class WorkerTest {
    @RegisterExtension
    static final PagePerLane PAGES = new PagePerLane("/test/workers.html");

    private static BrowserPage page(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        page.waitFor("document.querySelectorAll('#main-out > div').length >= 30");
        return page;
    }

    private static List<String> main(Lane lane) {
        return page(lane).texts("#main-out > div");
    }

    private static List<String> worker(Lane lane) {
        return page(lane).texts("#worker-out > div");
    }

    @ChromiumOnly
    void runningInWorkerIsTrueInTheWorkerAndFalseOnThePage(Lane lane) {
        assertTrue(main(lane).contains("main: in worker: false"), main(lane).toString());
        assertTrue(worker(lane).contains("calc: in worker: true"), worker(lane).toString());
    }

    @ChromiumOnly
    void aWorkerScriptElementGetsAWorkerIdAndItsOutputIsMadeWhenItFirstDisplays(Lane lane) {
        BrowserPage page = page(lane);
        assertEquals("java-w0", page.eval("document.querySelector('script[name=calc]').id"));
        assertTrue(worker(lane).contains("calc: target: java-w0-target"), worker(lane).toString());
        assertEquals("java-w0-target", page.eval("document.querySelector('script[name=calc]').nextElementSibling.id"));
        assertEquals(List.of("calc: own output", "bold from a worker"), page.texts("#java-w0-target > div"));
        assertEquals("B", page.eval("document.querySelector('#java-w0-target #from-worker').tagName"));
        assertEquals("svg", page.eval("document.querySelector('#worker-out #worker-svg').tagName"));
        assertEquals("java-w1", page.eval("document.querySelector('java-script[name=own-output]').id"));
        assertEquals(List.of("no output of its own"), page.texts("#java-w1 > div"), "a <java-script worker> is its own output");
        assertTrue(worker(lane).contains("quiet: target: java-w1"), worker(lane).toString());
    }

    @ChromiumOnly
    void exportsAnswerWithEveryValueType(Lane lane) {
        List<String> out = main(lane);
        for (String line : List.of("name: calc ready true", "add: 3(Long)", "times: 10(Long)", "times fraction: 1.5(Double)",
                "greet: Hello, Ada(String)", "triple: 42(Long)", "echo: null", "echo: true(Boolean)", "echo: 42(Long)",
                "echo: 1.5(Double)", "echo: tea \u2615(String)", "echo: [1(Long), 2(Long)]",
                "echo: {b=2, a=[1, x, null]}(LinkedHashMap)", "echo: bytes[1, -1, 127]", "reversed: bytes[3, 2, 1]",
                "after failures: 42(Long)", "calc2: 42(Long) named calc2")) {
            assertTrue(out.contains(line), line + " in " + out);
        }
    }

    @ChromiumOnly
    void failuresInTheWorkerReachTheCallerWithTheWorkersMessageAndStack(Lane lane) {
        String boom = line(main(lane), "boom: ");
        assertTrue(boom.startsWith("boom: WorkerException: worker 'calc': 'boom' failed:"
                + " java.lang.IllegalStateException: boom in the worker | cause: on the other thread:"
                + " java.lang.IllegalStateException: boom in the worker"), boom);
        assertTrue(boom.contains("\tat "), "with the worker's stack: " + boom);
        assertTrue(line(main(lane), "unknown: ").contains("worker 'calc' exports no 'nope'; its exports: "), main(lane).toString());
        assertTrue(line(main(lane), "unknown: ").contains("add, times, greet, echo, reversed, boom, triple"),
                main(lane).toString());
        assertTrue(line(main(lane), "wrong type: ").contains(
                "java.lang.IllegalArgumentException: export 'add': argument 1 must be a whole number, not String one"),
                main(lane).toString());
        assertTrue(line(main(lane), "wrong count: ").contains("export 'add' takes 2 arguments, but the call gave 1"),
                main(lane).toString());
        assertTrue(line(main(lane), "bad value: ").startsWith("bad value: WorkerException: a value cannot go to the"
                + " other thread: cannot convert a java.lang.Object"), main(lane).toString());
    }

    @ChromiumOnly
    void syncCallsThePageWithEveryValueTypeAndFailuresComeBack(Lane lane) {
        List<String> out = worker(lane);
        assertTrue(out.contains("calc: shout: HELLO"), out.toString());
        assertTrue(out.contains("calc: echo: [null, true(Boolean), 42(Long), 1.5(Double), tea \u2615(String),"
                + " [1(Long), 2(Long)], {b=2, a=[1, x, null]}(LinkedHashMap), bytes[1, -1, 127]]"), out.toString());
        assertTrue(line(out, "calc: unknown sync: ").contains("no main-thread function 'nope' for worker 'calc':"
                + " register it with registerSync(\"nope\", ...)"), out.toString());
        assertTrue(line(out, "calc: refused: ").startsWith("calc: refused: worker 'calc': sync 'refuse' failed:"
                + " java.lang.IllegalStateException: the page refuses tea"), out.toString());
    }

    @ChromiumOnly
    void aWorkerHasThePagesConfigAndUrlButNoDocument(Lane lane) {
        List<String> out = worker(lane);
        assertTrue(out.contains("calc: config: metric"), out.toString());
        assertTrue(out.contains("quiet: config: imperial"), "a config given at start: " + out);
        assertTrue(out.contains("calc: fetch: " + TestApi.TEXT), "fetch resolves against the page: " + out);
        assertTrue(line(out, "calc: document: ").startsWith("calc: document: document() is the page's, and this code"
                + " runs in a worker"), out.toString());
        assertTrue(out.contains("calc: bad target: Cannot find element with id='no-such-id' in the page."),
                out.toString());
        assertTrue(out.contains("quiet: target: null"), out.toString());
        assertTrue(line(out, "quiet: display: ").contains("has no output element of its own"), out.toString());
    }

    @ChromiumOnly
    void storageAndWebSocketWorkInAWorker(Lane lane) {
        BrowserPage page = page(lane);
        page.waitForAllDone();
        List<String> out = worker(lane);
        assertTrue(out.contains("io: storage: pekoe 3"), out.toString());
        assertTrue(line(out, "io: websocket: ").contains("hello from a worker"), out.toString());
    }

    @ChromiumOnly
    void readyTimesOutWithAClearErrorAndTerminatedWorkersRefuseCalls(Lane lane) {
        List<String> out = main(lane);
        assertTrue(line(out, "missing: ").startsWith("missing: WorkerException: worker 'missing' was not ready"
                + " within 300 ms"), out.toString());
        assertTrue(line(out, "never ready: ").startsWith("never ready: WorkerException: the worker running"
                + " 'workers/never-ready' was not ready within 300 ms"), out.toString());
        assertTrue(line(out, "taken: ").contains("a worker named 'calc2' is already running"), out.toString());
        assertEquals("terminated: WorkerException: worker 'calc2': 'add': it was terminated", line(out, "terminated: "));
        assertEquals("name free again: 2(Long) same handle false", line(out, "name free again: "),
                "a terminated worker's name can be given again");
    }

    @ChromiumOnly
    void callbackCallsAnswerLaterOnThreadsOfTheirOwn(Lane lane) {
        BrowserPage page = page(lane);
        page.waitFor("document.getElementById('main-out').textContent.indexOf('callback failure') >= 0"
                + " && document.getElementById('main-out').textContent.indexOf('callback: ') >= 0");
        List<String> out = main(lane);
        assertTrue(out.contains("callback: Hello, callback(String)"), out.toString());
        assertTrue(line(out, "callback failure: ").contains("'boom' failed: java.lang.IllegalStateException"),
                out.toString());
    }

    @ChromiumOnly
    void syncAndExportAreTheWorkersAndTheMainThreadSaysSo(Lane lane) {
        assertTrue(line(main(lane), "main sync: ").contains("calls the page from a worker"), main(lane).toString());
        assertTrue(line(main(lane), "main export: ").contains("offers a function to the page from a worker"),
                main(lane).toString());
    }

    @ChromiumOnly
    void workerScriptsHaveReadyAndDoneAndAllDoneWaitsForThem(Lane lane) {
        BrowserPage page = page(lane);
        page.waitForAllDone();
        List<String> events = List.of(String.valueOf(page.eval("window.__probe.events.join('|')")).split("\\|"));
        int calcDone = events.indexOf("done:workers/calc");
        assertTrue(events.indexOf("ready:workers/calc") >= 0 && calcDone > events.indexOf("ready:workers/calc"),
                events.toString());
        int quietDone = events.indexOf("done:workers/quiet");
        assertTrue(quietDone > events.indexOf("ready:workers/quiet"), events.toString());
        assertTrue(events.indexOf("all-done") > calcDone && events.indexOf("all-done") > quietDone, events.toString());
    }

    @ChromiumOnly
    void aWorkerScriptThatThrowsIsABannerWithTheJavaStackAndAWrongAttributeIsNamed(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/workers-errors.html"))) {
            page.waitForAllDone();
            assertEquals(List.of("broken serves: 5(Long)"), page.texts("#main-out > div"),
                    "the worker whose script failed still answers");
            assertErrorBanners(page);
        }
    }

    private static void assertErrorBanners(BrowserPage page) {
        List<String> banners = page.banners();
        assertEquals(2, banners.size(), banners.toString());
        assertTrue(banners.get(0).contains("has worker=\"calc.js\": the worker attribute takes no value")
                || banners.get(1).contains("has worker=\"calc.js\": the worker attribute takes no value"), banners.toString());
        String broken = banners.get(0).startsWith("worker 'broken'") ? banners.get(0) : banners.get(1);
        assertTrue(broken.startsWith("worker 'broken': script 'workers/broken': java.lang.IllegalStateException: the worker's"
                + " script failed"),
                broken);
        assertTrue(broken.contains("\tat "), "with the stack: " + broken);
        assertEquals(List.of(), page.pageErrors());
    }

    private static String line(List<String> lines, String prefix) {
        for (String line : lines) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        return "(no line starting with '" + prefix + "' in " + lines + ")";
    }
}
