package io.github.pekoe.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void oddCountsTakeTheMiddleValue() {
        assertEquals(new Summary(5, 1, 9, 3), Summary.of(List.of(9.0, 1.0, 5.0)));
    }

    @Test
    void evenCountsTakeTheMeanOfTheMiddleTwo() {
        assertEquals(new Summary(3, 1, 8, 4), Summary.of(List.of(8.0, 1.0, 2.0, 4.0)));
    }

    @Test
    void noValuesHaveNoSummary() {
        assertNull(Summary.of(List.of()));
    }
}
