package io.github.pekoe.examples.gallery.workers;

import static io.github.pekoe.Pekoe.*;
import static io.github.pekoe.web.Web.*;

import io.github.pekoe.Handler;
import io.github.pekoe.Script;
import io.github.pekoe.web.elements.InputElement;

/** The page's side: a counter that keeps ticking, and buttons that call the workers' exports. */
@Script("workers-demo")
public class WorkersDemo {
    private static long ticks;

    /** Offers the workers the page's "progress" function, and starts the counter. */
    public static void main(String[] args) {
        registerSync("progress", values -> {
            page.get("progress").text(values.get(0) + "% counted");
            return ticks;
        });
        new Thread(WorkersDemo::tick).start();
    }

    private static void tick() {
        try {
            while (true) {
                ticks++;
                page.get("ticks").text("the page's counter: " + ticks);
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Counts primes in the worker; this handler waits for the answer while the page goes on. */
    @Handler
    public static void countPrimes() {
        page.get("primes-result").text("counting in the worker...");
        long before = ticks;
        long count = (Long) workers("primes").call("countBelow", 3_000_000);
        page.get("primes-result").text(count + " primes below 3,000,000; meanwhile the page's counter ticked "
                + (ticks - before) + " times");
    }

    /** Asks the worker whether the number typed is prime. */
    @Handler
    public static void checkPrime() {
        String text = page.get("number").as(InputElement::new).value().trim();
        long n;
        try {
            n = Long.parseLong(text);
        } catch (NumberFormatException e) {
            page.get("prime-result").text("'" + text + "' is not a whole number");
            return;
        }
        boolean prime = (Boolean) workers("primes").call("isPrime", n);
        page.get("prime-result").text(n + (prime ? " is prime" : " is not prime"));
    }

    /** Calls the second worker, found by its name. */
    @Handler
    public static void shout() {
        String text = page.get("words").as(InputElement::new).value();
        page.get("shouted").text((String) workers("words").call("shout", text));
    }
}
