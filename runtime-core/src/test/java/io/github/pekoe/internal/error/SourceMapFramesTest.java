package io.github.pekoe.internal.error;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SourceMapFramesTest {

    @Test
    void membersFromTeaVMsReadableFunctionNames() {
        assertEquals(".save", SourceMapFrames.member("igpeb_BannerFixtures_save", "BannerFixtures"));
        assertEquals(".storage_leave", SourceMapFrames.member("igpef_EventFixtures_storage_leave", "EventFixtures"));
        assertEquals("$Inner.run", SourceMapFrames.member("igpeb_Outer$Inner_run", "Outer"));
        assertEquals("$main$lambda$_1_0.handle",
                SourceMapFrames.member("igpeb_BannerFixtures$main$lambda$_1_0_handle", "BannerFixtures"));
        assertEquals("", SourceMapFrames.member("Ht", "BannerFixtures"), "a minified name says nothing");
    }

    /**
     * "AAAA;AACA,IAAA;;EACC": line 0 maps column 0 to source 0 line 0; line 1 column 0 to line 1, column 4 to
     * line 1 again; line 2 has nothing; line 3 column 2 to line 2 of source 0... (fields: column, source,
     * source line, source column, each a delta).
     */
    @Test
    void decodesMappingsAndFindsTheLastMappingAtOrBeforeTheColumn() {
        SourceMap map = SourceMap.parse(new String[] {"a/B.java", "a/C.java"}, "AAAA;AACA,IAAA;;EACC,ECAC");
        assertArrayEquals(new String[] {"a/B.java", "1"}, map.find(0, 0));
        assertArrayEquals(new String[] {"a/B.java", "2"}, map.find(1, 0));
        assertArrayEquals(new String[] {"a/B.java", "2"}, map.find(1, 9));
        assertNull(map.find(2, 0), "a line without mappings");
        assertArrayEquals(new String[] {"a/B.java", "3"}, map.find(3, 3));
        assertArrayEquals(new String[] {"a/C.java", "3"}, map.find(3, 4));
        assertNull(map.find(9, 0), "past the last line");
    }

    @Test
    void largeValuesSpanSeveralDigits() {
        SourceMap map = SourceMap.parse(new String[] {"a/B.java"}, "AA6uBA");
        assertArrayEquals(new String[] {"a/B.java", "750"}, map.find(0, 0));
    }
}
