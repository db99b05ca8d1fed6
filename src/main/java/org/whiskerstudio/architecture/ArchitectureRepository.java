package org.whiskerstudio.architecture;

import java.util.List;
import java.util.Optional;

/** Where a project's named architectures are kept. */
public interface ArchitectureRepository {
    List<String> names();

    Optional<Architecture> load(String name);

    /** Saves (creates or replaces) the architecture under its name, in one transaction. */
    void save(Architecture architecture);

    void delete(String name);
}
