package org.whiskerstudio.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The home folder the user asked for. Java takes {@code user.home} from the password database, not from
 * {@code $HOME}, so a session started with another {@code HOME} (a sandbox, a test account, a launcher that sets it)
 * still wrote its settings, logs, samples and the engine's unpacked native libraries into the account's home.
 * Applied first thing at start, before anything reads {@code user.home}.
 */
final class UserHome {
    /** Where JavaCPP unpacks the engine's native libraries; read once, when ND4J first loads. */
    static final String NATIVE_CACHE = "org.bytedeco.javacpp.cachedir";

    private UserHome() {
    }

    /** Makes {@code user.home} follow {@code $HOME} and points the native cache under it (unless set on the command line). */
    static void apply() {
        resolve(System::getenv).ifPresent(home -> System.setProperty("user.home", home.toString()));
        if (System.getProperty(NATIVE_CACHE) == null) {
            System.setProperty(NATIVE_CACHE, nativeCache(Path.of(System.getProperty("user.home"))).toString());
        }
    }

    /** {@code $HOME} when it names an absolute folder; empty (keep Java's own) when unset, blank or relative. */
    static Optional<Path> resolve(UnaryOperator<String> environment) {
        String home = environment.apply("HOME");
        if (home == null || home.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(home);
        return path.isAbsolute() ? Optional.of(path.normalize()) : Optional.empty();
    }

    /** JavaCPP's own default place, {@code ~/.javacpp/cache}, under the home that was asked for. */
    static Path nativeCache(Path home) {
        return home.resolve(".javacpp").resolve("cache");
    }
}
