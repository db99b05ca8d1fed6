package org.whiskerstudio.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

class JsonTest {
    /** A settings file as an older version wrote and read it. */
    public record Settings(String theme, int recentLimit) {
    }

    @Test
    void readingIgnoresFieldsFromNewerVersions() throws JsonProcessingException {
        Settings settings = Json.mapper().readValue(
                "{\"theme\":\"dark\",\"recentLimit\":5,\"addedLater\":{\"x\":1}}", Settings.class);

        assertEquals(new Settings("dark", 5), settings);
    }

    @Test
    void writingIsIndentedAndRoundTrips() throws JsonProcessingException {
        String text = Json.mapper().writeValueAsString(new Settings("light", 9));

        assertTrue(text.contains("\n"), text);
        assertEquals(new Settings("light", 9), Json.mapper().readValue(text, Settings.class));
    }
}
