package org.whiskerstudio.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The installer's jlink'd runtime holds every JDK module the studio's own classes use. A missing one is invisible on
 * a developer's full JDK and breaks the packaged app (it happened: {@code whisker serve} needs jdk.httpserver).
 */
class ModuleListTest {
    @Test
    void theInstallerRuntimeHasEveryJdkModuleOurClassesUse() throws Exception {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = jdeps.run(new PrintWriter(out), new PrintWriter(err), "--multi-release", "17", "--ignore-missing-deps",
                "-q", "--print-module-deps", "target/classes");
        assertTrue(exit == 0, err.toString());
        Set<String> used = new HashSet<>(Arrays.asList(out.toString().trim().split(",")));

        Set<String> shipped = new HashSet<>();
        Matcher m = Pattern.compile("<addModule>([^<]+)</addModule>").matcher(Files.readString(Path.of("pom.xml")));
        while (m.find()) {
            shipped.add(m.group(1).trim());
        }
        used.removeAll(shipped);
        assertTrue(used.isEmpty(), "add to the installer profile's addModules in pom.xml: " + used);
    }
}
