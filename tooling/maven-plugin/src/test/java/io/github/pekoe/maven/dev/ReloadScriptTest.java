package io.github.pekoe.maven.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReloadScriptTest {
    private static final String TAG = "<script src=\"/_pekoe/reload.js\"></script>";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<html><head><title>t</title></head><body>b</body></html> | <html><head><title>t</title>" + TAG + "</head><body>b</body></html>",
        "<HTML><HEAD></HEAD><BODY></BODY></HTML>                   | <HTML><HEAD>" + TAG + "</HEAD><BODY></BODY></HTML>",
        "<body><p>x</p></body>                                     | <body><p>x</p>" + TAG + "</body>",
        "<p>x</p>                                                  | <p>x</p>" + TAG,
    })
    void theScriptGoesBeforeTheHeadsEndElseTheBodysElseAtTheEnd(String page, String expected) {
        assertEquals(expected, ReloadScript.inject(page));
    }
}
