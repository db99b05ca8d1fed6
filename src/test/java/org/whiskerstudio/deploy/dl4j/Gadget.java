package org.whiskerstudio.deploy.dl4j;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** What an attacker would put in a model zip: an object whose deserialisation runs code (here: leaves a mark). */
public final class Gadget implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Marks of every gadget that ran in this JVM. */
    public static final Set<String> RAN = ConcurrentHashMap.newKeySet();
    private final String mark;

    public Gadget(String mark) {
        this.mark = mark;
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        RAN.add(mark);
        Files.writeString(Path.of(mark), "code ran while loading a model");
    }
}
