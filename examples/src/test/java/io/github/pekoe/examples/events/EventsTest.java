package io.github.pekoe.examples.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ChromiumOnly;
import io.github.pekoe.testing.ExpectPageErrors;
import io.github.pekoe.testing.Lane;
import java.util.List;

/**
 * PyScript's event behaviours on events.html (see EventFixtures), in both lanes. Its page names an
 * unknown handler on purpose.
 */
@ExpectPageErrors
class EventsTest {
    private static BrowserPage open(Lane lane) {
        BrowserPage page = lane.load(TestSite.url("/test/events.html"));
        page.waitForAllDone();
        clearLog(page);
        return page;
    }

    private static void clearLog(BrowserPage page) {
        page.eval("document.getElementById('log').textContent = ''");
    }

    /** Lets a fixture blocked in {@code EventFixtures.awaitGate(name)} go on. */
    private static void openGate(BrowserPage page, String name) {
        page.eval("(window.__gates = window.__gates || {})['" + name + "'] = true");
    }

    private static List<String> log(BrowserPage page) {
        return page.texts("#log > div");
    }

    @BothLanes
    void attributesCallNamedHandlersWithTheEventOrWithout(Lane lane) {
        try (BrowserPage page = open(lane)) {
            page.click("#save-py");
            page.click("#save-java");
            page.click("#load");
            assertEquals(List.of("save click on save-py", "save click on save-java", "load"), log(page),
                    "a handler that does not block has finished when the click returns");
        }
    }

    @BothLanes
    void anUnknownNameIsReportedOnceNamingAttributeElementAndKnownNames(Lane lane) {
        try (BrowserPage page = open(lane)) {
            List<String> banners = page.banners();
            assertEquals(1, banners.size(), banners.toString());
            assertEquals("no handler named 'sav' for py-click on <button id=\"go\">; known handlers: save, load, boom,"
                    + " slow, submitForm, custom, chain, counted, storage_leave, storage_clear, storage_write, storage_big,"
                    + " storage_hide_full, registered-in-code", banners.get(0));
            page.click("#go");
            assertEquals(1, page.banners().size());
        }
    }

    @BothLanes
    void aFailingHandlerIsReportedAndRunsAgainNextTime(Lane lane) {
        try (BrowserPage page = open(lane)) {
            page.click("#boom");
            page.click("#boom");
            page.click("#load");
            List<String> banners = page.banners();
            assertEquals(3, banners.size(), banners.toString());
            assertTrue(banners.get(1).startsWith("handler 'boom' for click on <button id=\"boom\">:"
                    + " java.lang.IllegalStateException: handler failed 1"), banners.get(1));
            assertTrue(banners.get(2).startsWith("handler 'boom' for click on <button id=\"boom\">:"
                    + " java.lang.IllegalStateException: handler failed 2"), banners.get(2));
            assertTrue(banners.get(2).contains("\tat "), "with the stack: " + banners.get(2));
            assertEquals(List.of("load"), log(page), "the page keeps working");
        }
    }

    /** A handler that throws on every click, clicked over and over, never stops the other handlers. */
    @BothLanes
    void aHandlerThatThrowsOnEveryClickNeverStopsTheOthers(Lane lane) {
        try (BrowserPage page = open(lane)) {
            int rounds = 40;
            for (int i = 0; i < rounds; i++) {
                page.click("#boom");
                page.click("#load");
            }
            assertEquals(java.util.Collections.nCopies(rounds, "load"), log(page));
            List<String> banners = page.banners();
            String last = banners.get(banners.size() - 1);
            assertTrue(last.startsWith("handler 'boom' for click on <button id=\"boom\">: java.lang.IllegalStateException:"
                    + " handler failed "), last);
            page.click("#save-py");
            assertEquals("save click on save-py", log(page).get(rounds));
        }
    }

    /**
     * A handler that waits forever on a monitor nobody notifies (twice, so two threads hang) stops
     * neither the other handlers, bound by when() or by attributes, nor the script that is still running.
     */
    @BothLanes
    void aHandlerThatBlocksForeverNeverStopsOtherHandlersOrScripts(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/events-stuck.html"))) {
            page.waitFor("document.querySelectorAll('#log > div').length === 1");
            page.click("#stuck");
            page.click("#stuck");
            page.click("#ping");
            assertEquals(List.of("registered", "stuck waiting", "stuck waiting", "ping 1"), log(page));
            openGate(page, "stuck-script");
            page.waitForAllDone();
            page.click("#ping");
            page.click("#load");
            page.click("#boom");
            page.click("#ping");
            assertEquals(List.of("registered", "stuck waiting", "stuck waiting", "ping 1", "script went on", "ping 2",
                    "load", "ping 3"), log(page));
            List<String> banners = page.banners();
            assertEquals(1, banners.size(), banners.toString());
            assertTrue(banners.get(0).startsWith("handler 'boom' for click on <button id=\"boom\">:"
                    + " java.lang.IllegalStateException: handler failed"), banners.get(0));
        }
    }

    @BothLanes
    void aHandlerPreventsTheDefaultThenBlocks(Lane lane) {
        try (BrowserPage page = open(lane)) {
            page.click("#slow");
            assertEquals(List.of("slow started"), log(page), "it ran at once, up to its first block");
            openGate(page, "slow");
            page.waitFor("document.querySelectorAll('#log > div').length === 2");
            assertEquals(List.of("slow started", "slow finished"), log(page));
            assertEquals("", page.eval("location.hash"), "the link did not navigate");
        }
    }

    @BothLanes
    void aSubmitHandlerKeepsThePageAndThenWorks(Lane lane) {
        try (BrowserPage page = open(lane)) {
            page.click("#submit");
            page.waitFor("document.querySelectorAll('#log > div').length === 1");
            assertEquals(List.of("submitted"), log(page));
            assertEquals("events", page.eval("document.title"), "still on the same page");
        }
    }

    @BothLanes
    void hyphenatedEventNamesWork(Lane lane) {
        try (BrowserPage page = open(lane)) {
            page.eval("document.getElementById('hyphen').dispatchEvent(new CustomEvent('my-event')) && ''");
            assertEquals(List.of("custom my-event"), log(page));
        }
    }

    @BothLanes
    void whenAnnotationsBindEveryMatchAndBothOnOneMethod(Lane lane) {
        try (BrowserPage page = open(lane)) {
            page.click("#twice");
            page.eval("document.getElementById('twice').dispatchEvent(new MouseEvent('dblclick', {bubbles: true})) && ''");
            page.click("#k1");
            page.click("#k2");
            assertEquals(List.of("twice click", "twice dblclick", "k k1", "k k2"), log(page));
        }
    }

    @BothLanes
    void whenTakesSelectorsElementsListsAndNodeListsAndHonoursOnceAndRemove(Lane lane) {
        try (BrowserPage page = open(lane)) {
            for (String id : new String[] {"by-selector", "by-element", "list-a", "list-b", "n1", "n2", "once",
                "once", "removed"}) {
                page.click("#" + id);
            }
            assertEquals(List.of("selector", "element", "list list-a", "list list-b", "nodes n1", "nodes n2", "once"),
                    log(page));
        }
    }

    @BothLanes
    void whenRejectsBadTargetsWithClearMessages(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/events.html"))) {
            page.waitForAllDone();
            assertEquals(List.of(
                    "error: when(\"click\", \"\"): the selector is empty",
                    "error: when(\"click\", \"   \"): the selector is empty",
                    "error: when(\"click\", \"#nothing-here\"): the target matches no element",
                    "error: when(\"click\", \"###\"): '###' is not a valid CSS selector",
                    "error: when(\"click\", an null): the target must be a CSS selector, an element, a collection of"
                            + " elements or a node list, not null",
                    "error: when(\"click\", an object): the target must be a CSS selector, an element, a collection"
                            + " of elements or a node list, not java.lang.Integer"),
                    page.texts("#log > div").subList(0, 6));
        }
    }

    @BothLanes
    void customEventsFollowPyScriptsRules(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/events.html"))) {
            page.waitForAllDone();
            List<String> log = page.texts("#log > div");
            assertEquals(List.of("first a", "second a", "second b", "listeners after clearing: 0", "before 7",
                    "trigger threw: listener failed on 7", "either 1", "either 2"), log.subList(6, 14));
        }
    }

    @BothLanes
    void handlersRegisteredInCodeAndClicksFromAScriptWork(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/events.html"))) {
            page.waitForAllDone();
            List<String> log = page.texts("#log > div");
            assertEquals(List.of("after the script's own click", "save click on nested"), log.subList(14, log.size()),
                    "a click while the scripts run is held, then handled once the attributes are bound");
            clearLog(page);
            page.click("#registered");
            page.click("#nested");
            page.click("#chain");
            assertEquals(List.of("registered click", "save click on nested", "save click on save-py", "chain done"),
                    log(page), "a handler that clicks runs the other handler at once, on a thread of its own");
        }
    }

    @BothLanes
    void attributesAddedOrChangedLaterAreBound(Lane lane) {
        try (BrowserPage page = open(lane)) {
            String clickUntilLogged = "(document.getElementById('later-attribute').click(),"
                    + " document.querySelector('#log > div:last-child') || {}).textContent === ";
            page.eval("document.getElementById('later-attribute').setAttribute('py-click', 'load') || ''");
            page.waitFor(clickUntilLogged + "'load'");
            page.eval("document.getElementById('later-attribute').setAttribute('py-click', 'save') || ''");
            page.waitFor(clickUntilLogged + "'save click on later-attribute'");
            clearLog(page);
            page.click("#later-attribute");
            assertEquals(List.of("save click on later-attribute"), log(page), "rebound, not bound twice");
        }
    }

    @BothLanes
    void elementsNamingOneHandlerAreBoundEachOnItsOwn(Lane lane) {
        try (BrowserPage page = open(lane)) {
            page.eval("document.getElementById('nested').removeAttribute('py-click') || ''");
            page.eval("document.getElementById('save-py').setAttribute('mpy-click', 'save') || ''");
            // The observer handles changes in order: once this one is bound, those above were handled.
            page.eval("document.getElementById('later-attribute').setAttribute('py-click', 'load') || ''");
            page.waitFor("(document.getElementById('later-attribute').click(),"
                    + " document.querySelector('#log > div:last-child') || {}).textContent === 'load'");
            clearLog(page);
            page.click("#nested");
            assertEquals(List.of(), log(page), "the element whose attribute was removed is unbound");
            page.click("#save-py");
            assertEquals(List.of("save click on save-py", "save click on save-py"), log(page),
                    "the other element naming the handler stays bound, and its py-click and mpy-click each run it");
        }
    }

    @ChromiumOnly
    void elementsAddedLaterAndInOpenShadowRootsAreBound(Lane lane) {
        try (BrowserPage page = open(lane)) {
            page.eval("(function () { var b = document.createElement('button'); b.id = 'added'; "
                    + "b.setAttribute('py-click', 'save'); document.body.appendChild(b);"
                    + " var host = document.createElement('div'); document.body.appendChild(host);"
                    + " var root = host.attachShadow({mode: 'open'}); var s = document.createElement('button');"
                    + " s.id = 'shadowed'; s.setAttribute('java-click', 'load'); root.appendChild(s);"
                    + " window.__shadowButton = s; return ''; })()");
            page.waitFor("true");
            page.click("#added");
            page.eval("window.__shadowButton.click() || ''");
            assertEquals(List.of("save click on added", "load"), log(page));
        }
    }

    @BothLanes
    void aBundleWithoutHandlersReportsTheAttributesItCannotServe(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/no-handlers.html"))) {
            page.waitForAllDone();
            assertEquals(List.of("no handler named 'save' for py-click on <button id=\"b\">; this page's bundle has"
                    + " no handlers (no @Handler, @When or registerHandler in it)"), page.banners());
            assertEquals(2, page.count("script-java > div"), "the page's script ran");
        }
    }

    @BothLanes
    void aClickBeforeTheAttributesAreBoundIsHandledOnceTheyAre(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/early.html"))) {
            page.waitFor("window.__probe.events.indexOf('ready:events/slow-start') >= 0");
            page.click("#early");
            page.click("#early-mpy");
            assertEquals(0, page.count("#log > div"), "not yet: the script still runs");
            openGate(page, "slow-start");
            page.waitForAllDone();
            assertEquals(List.of("slow start done", "save click on early", "save click on early-mpy"), log(page));
            assertEquals("", page.eval("location.hash"), "the held clicks did not navigate");
            page.click("#early");
            assertEquals(List.of("slow start done", "save click on early", "save click on early-mpy",
                    "save click on early"), log(page));
        }
    }

    @BothLanes
    void aThousandElementsWithPyClickAllWork(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/thousand.html"))) {
            page.waitForAllDone();
            assertEquals(1000, page.count("#thousand > button[py-click]"));
            page.eval("Array.prototype.forEach.call(document.querySelectorAll('#thousand > button'),"
                    + " function (b) { b.click(); }) || ''");
            assertEquals(1000, page.count("#thousand-out > div"), "1000 clicks, 1000 displays");
            assertEquals("999", page.text("#thousand-out > div:last-child"));
        }
    }

    @BothLanes
    void captureRunsBeforeTheTargetAndBubbling(Lane lane) {
        try (BrowserPage page = open(lane)) {
            page.click("#inner");
            assertEquals(List.of("outer capture", "inner bubbling", "outer bubbling"), log(page));
        }
    }

    /** Chromium only: HtmlUnit 5.5 accepts the passive option but lets the listener prevent the default. */
    @ChromiumOnly
    void aPassiveHandlerCannotPreventTheDefault(Lane lane) {
        try (BrowserPage page = open(lane)) {
            page.click("#passive-link");
            assertEquals(List.of("passive: defaultPrevented=false"), log(page));
            assertEquals("#passive", page.eval("location.hash"), "the passive listener did not prevent navigation");
        }
    }
}
