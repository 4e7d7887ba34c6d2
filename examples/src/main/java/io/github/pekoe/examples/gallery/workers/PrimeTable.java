package io.github.pekoe.examples.gallery.workers;

import static io.github.pekoe.web.Web.*;

import io.github.pekoe.Script;
import io.github.pekoe.web.Element;

/**
 * Runs in a worker and builds a table on the page with the web API, as the page's own code would:
 * each call reaches the page's elements from the worker, and the page's counter keeps ticking.
 */
@Script(value = "prime-table", worker = true)
public class PrimeTable {
    /** Finds the first twelve primes and shows each with the gap after the one before and its square. */
    public static void main(String[] args) {
        Element rows = tbody();
        long previous = 0;
        int found = 0;
        for (long n = 2; found < 12; n++) {
            if (Primes.isPrime(n)) {
                found++;
                rows.append(tr(td(found), td(n), td(previous == 0 ? "" : "+" + (n - previous)), td(n * n)));
                previous = n;
            }
        }
        Element table = table(thead(tr(th("#"), th("prime"), th("gap"), th("square"))), rows);
        table.classes().add("prime-table");
        Element place = page.get("prime-table");
        place.text("");
        place.append(table);
    }
}
