package io.github.pekoe.examples.bench.matcher;

import static io.github.pekoe.Pekoe.*;

import io.github.pekoe.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A size probe: the page's input, and a Matcher's usual calls on it. */
@Script("bench-matcher")
public class Probe {
    /** Shows the result of the calls. */
    public static void main(String[] args) {
        String s = String.valueOf(currentTarget()) + " a,b  c";
        Matcher m = Pattern.compile("(?<word>[a-z]+)-(\\d+)").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            out.append(m.group("word")).append(m.group(2)).append(m.start());
        }
        display(out + m.replaceAll("${word}"));
    }
}
