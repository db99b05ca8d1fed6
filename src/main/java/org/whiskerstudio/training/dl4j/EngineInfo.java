package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.whiskerstudio.training.Provenance;

/** The engine's facts for a run's provenance: the DL4J version on the class path and the backend in use. */
final class EngineInfo {
    private static final String POM = "/META-INF/maven/org.deeplearning4j/deeplearning4j-nn/pom.properties";

    private EngineInfo() {
    }

    static Provenance provenance(String split) {
        return Provenance.here(dl4jVersion(), Nd4jThreads.describe(), split);
    }

    static String dl4jVersion() {
        try (InputStream in = MultiLayerNetwork.class.getResourceAsStream(POM)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
