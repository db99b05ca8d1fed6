package org.whiskerstudio.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The studio's style sheet parses cleanly. JavaFX skips a broken rule silently and keeps going, so a lost brace
 * (it happened in a merge) leaves later screens unstyled with no error anywhere.
 */
class StudioCssTest {
    private static final URL CSS = StudioCssTest.class.getResource("/org/whiskerstudio/ui/studio.css");

    @Test
    void everyRuleIsClosed() throws Exception {
        String text = new String(CSS.openStream().readAllBytes(), StandardCharsets.UTF_8);
        int depth = 0;
        int line = 1;
        for (char c : text.toCharArray()) {
            line += c == '\n' ? 1 : 0;
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertTrue(depth == 0 || depth == 1, "a rule opened before line " + line + " is not closed");
        }
        assertEquals(0, depth, "a rule is not closed at the end");
    }

    @Test
    void theParserReportsNoErrors() throws Exception {
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(CSS);
        List<CssParser.ParseError> errors = List.copyOf(CssParser.errorsProperty());
        assertTrue(errors.isEmpty(), errors.toString());
        assertTrue(sheet.getRules().stream().anyMatch(r -> r.getSelectors().toString().contains("tour-callout")),
                "the last rules are read too");
    }
}
