package org.whiskerstudio.architecture;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.project.ProjectStore;

/** A project's architectures in its store, as JSON, one row per name; each save is one transaction. */
public final class ArchitectureStore implements ArchitectureRepository {
    private final ProjectStore store;

    public ArchitectureStore(ProjectStore store) {
        this.store = store;
    }

    @Override
    public List<String> names() {
        return store.read(c -> {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM architecture ORDER BY id")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    @Override
    public Optional<Architecture> load(String name) {
        Optional<String> json = store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT json FROM architecture WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
        return json.map(ArchitectureJson::read);
    }

    @Override
    public void save(Architecture architecture) {
        String json = ArchitectureJson.write(architecture);
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO architecture(name, json, updated_at) VALUES (?, ?, ?)
                    ON CONFLICT(name) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at""")) {
                ps.setString(1, architecture.name());
                ps.setString(2, json);
                ps.setString(3, Instant.now().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void delete(String name) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM architecture WHERE name = ?")) {
                ps.setString(1, name);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
