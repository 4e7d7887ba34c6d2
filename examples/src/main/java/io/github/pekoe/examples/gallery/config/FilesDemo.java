package io.github.pekoe.examples.gallery.config;

import static io.github.pekoe.Pekoe.*;

import io.github.pekoe.*;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads prices.csv, which the config's files fetched from data/prices.csv before any script ran. */
@Script("files-demo")
public class FilesDemo {
    /** Reads the CSV as a file, with java.nio.file, and sums its prices. */
    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("prices.csv"));
        int total = 0;
        String dearest = null;
        int highest = -1;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            int price = Integer.parseInt(cells[1]);
            display(cells[0] + ": " + price);
            total += price;
            if (price > highest) {
                highest = price;
                dearest = cells[0];
            }
        }
        display((lines.size() - 1) + " teas, " + total + " in all; the dearest is " + dearest);
    }
}
