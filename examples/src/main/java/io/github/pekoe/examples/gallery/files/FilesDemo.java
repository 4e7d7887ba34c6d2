package io.github.pekoe.examples.gallery.files;

import static io.github.pekoe.Pekoe.*;

import io.github.pekoe.*;
import java.io.BufferedReader;
import java.io.FileReader;
import java.io.IOException;

/** Reads prices.csv, which the config's files fetched from data/prices.csv before any script ran. */
@Script("files-demo")
public class FilesDemo {
    /** Reads the CSV as a file, line by line, and sums its prices. */
    public static void main(String[] args) throws IOException {
        int teas = 0;
        int total = 0;
        String dearest = null;
        int highest = -1;
        try (BufferedReader csv = new BufferedReader(new FileReader("prices.csv"))) {
            csv.readLine(); // the header: tea,price
            for (String line = csv.readLine(); line != null; line = csv.readLine()) {
                String[] cells = line.split(",");
                int price = Integer.parseInt(cells[1]);
                display(cells[0] + ": " + price);
                teas++;
                total += price;
                if (price > highest) {
                    highest = price;
                    dearest = cells[0];
                }
            }
        }
        display(teas + " teas, " + total + " in all; the dearest is " + dearest);
    }
}
