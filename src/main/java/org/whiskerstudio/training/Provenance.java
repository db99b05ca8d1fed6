package org.whiskerstudio.training;

/**
 * Where a run came from, stored with it so a result can be traced and repeated.
 *
 * @param backend the compute backend and its thread setting ("CPU, 2 threads")
 * @param split   the data the run saw ("800 training, 100 validation, 100 test images; classes: cat, dog")
 * @param start   what its weights started from ({@link StartedFrom#NEW_WEIGHTS} unless it continued from a model)
 */
public record Provenance(String studioVersion, String javaVersion, String os, String dl4jVersion, String backend,
                         String split, StartedFrom start) {
    /** A provenance written before runs could start from a model (JSON without "start") started from new weights. */
    public Provenance {
        start = start == null ? StartedFrom.NEW_WEIGHTS : start;
    }

    public Provenance(String studioVersion, String javaVersion, String os, String dl4jVersion, String backend,
                      String split) {
        this(studioVersion, javaVersion, os, dl4jVersion, backend, split, StartedFrom.NEW_WEIGHTS);
    }

    /** This JVM's versions with the engine's own facts, passed in by the engine (the domain knows no DL4J). */
    public static Provenance here(String dl4jVersion, String backend, String split) {
        String studio = Provenance.class.getPackage().getImplementationVersion();
        return new Provenance(studio == null ? "development" : studio, System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                dl4jVersion, backend, split);
    }

    public Provenance withSplit(String next) {
        return new Provenance(studioVersion, javaVersion, os, dl4jVersion, backend, next, start);
    }

    public Provenance withStart(StartedFrom next) {
        return new Provenance(studioVersion, javaVersion, os, dl4jVersion, backend, split, next);
    }
}
