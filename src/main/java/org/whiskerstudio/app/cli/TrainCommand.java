package org.whiskerstudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.ProjectTemplates;
import org.whiskerstudio.detection.ProjectBoxes;
import org.whiskerstudio.dataset.Augmentation;
import org.whiskerstudio.dataset.DataProfiler;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.terminal.RunTable;
import org.whiskerstudio.terminal.TerminalTraining;
import org.whiskerstudio.training.Optimizer;
import org.whiskerstudio.training.StartPlan;
import org.whiskerstudio.training.WeightSource;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.Schedule;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.TrainingService;
import org.whiskerstudio.training.NormalClass;
import org.whiskerstudio.training.TrainingSession;
import org.whiskerstudio.training.dl4j.Dl4jTrainingService;
import org.whiskerstudio.deploy.dl4j.TrustedStarts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code whisker train PROJECT --arch NAME}: the training screen's engine on a terminal (for servers). */
@Command(name = "train", description = "Train an architecture of a project on its labelled images (Ctrl+C stops; "
        + "--resume goes on), or list the runs (--list).")
final class TrainCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Trained by the GAN trainer, not this command's. */
    private static final String GAN_TEMPLATE = "dcgan";

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    private Path project;

    @Option(names = "--arch", paramLabel = "NAME", description = "a saved architecture of the project")
    private String arch;

    @Option(names = "--template", paramLabel = "ID", description = "build this template for the project and save it "
            + "first (mlp, lenet, vgg, lstm, charlstm, ...; an unknown ID lists those for the project); used when "
            + "--arch is not given")
    private String template;

    @Option(names = "--resume", paramLabel = "RUN", description = "go on with a stopped or interrupted run")
    private Long resume;

    @Option(names = "--from", paramLabel = "RUN|PROJECT:RUN|BUNDLE", description = "start from a model's weights: a "
            + "run of this project, a run of another project, or a model bundle (.whisker-model.zip); all layers are "
            + "kept when the classes match, else the output layer is replaced. Without --arch or --template the run "
            + "trains the model's architecture")
    private String from;

    @Option(names = "--freeze-epochs", paramLabel = "N", description = "with --from: keep the layers below the output "
            + "as the model had them for the first N epochs (default: 0)")
    private int freezeEpochs;

    @Option(names = "--normal-class", paramLabel = "NAME", description = "an autoencoder (conv-ae, dense-ae, "
            + "series-ae) learns only this class's examples as normal; the others count as anomalies when it is "
            + "evaluated (default: every example of the project, labelled or not, with validation drawn from all)")
    private String normalClass = "";

    @Option(names = "--list", description = "list the project's runs and exit")
    private boolean list;

    @Option(names = "--name", description = "a name for the run (default: architecture and time)")
    private String name = "";

    @Option(names = "--epochs", description = "passes over the training images (default: ${DEFAULT-VALUE})")
    private int epochs = TrainingConfig.defaults().epochs();

    @Option(names = "--batch", description = "examples per step (default: ${DEFAULT-VALUE})")
    private int batch = TrainingConfig.defaults().batchSize();

    @Option(names = "--optimizer", description = "adam, sgd (with momentum) or rmsprop (default: adam)")
    private String optimizer = "adam";

    @Option(names = "--lr", description = "learning rate (default: the optimizer's usual one)")
    private Double learningRate;

    @Option(names = "--schedule", description = "constant, step or cosine (default: constant)")
    private String schedule = "constant";

    @Option(names = "--weight-decay", description = "L2 weight decay (default: 0)")
    private double weightDecay;

    @Option(names = "--seed", description = "seed for weights, shuffling and augmentation (default: ${DEFAULT-VALUE})")
    private long seed = TrainingConfig.defaults().seed();

    @Option(names = "--patience", description = "early stopping: epochs without a better validation loss, 0 = off "
            + "(default: ${DEFAULT-VALUE})")
    private int patience = TrainingConfig.defaults().patience();

    @Option(names = "--threads", description = "compute threads, 0 = automatic (default: 0)")
    private int threads;

    @Option(names = "--resize", description = "stretch, letterbox or crop (default: stretch)")
    private String resize = "stretch";

    @Option(names = "--flip", description = "augment: mirror training images left-right at random")
    private boolean flip;

    @Option(names = "--rotate", paramLabel = "DEG", description = "augment: rotate by up to DEG degrees (default: 0)")
    private double rotate;

    @Option(names = "--shift", paramLabel = "F", description = "augment: shift by up to F of the size (default: 0)")
    private double shift;

    @Option(names = "--brightness", paramLabel = "F", description = "augment: change brightness by up to F (default: 0)")
    private double brightness;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectStore store = list ? ProjectStore.openReadOnly(project) : ProjectStore.open(project)) {
            TrustedStarts starts = new TrustedStarts(store);
            TrainingService service = Dl4jTrainingService.forProject(store, starts);
            if (list) {
                List<TrainingRun> runs = service.runs();
                RunTable.print(out, runs);
                printStarts(out, service, runs);
                return 0;
            }
            TerminalTraining terminal = new TerminalTraining(out);
            TrainingSession session = resume != null ? service.resume(resume, terminal)
                    : service.start(request(store, starts, service.classNames().size()), terminal);
            Thread hook = new Thread(() -> {
                session.control().stop();
                session.finished().toCompletableFuture().join();
            });
            Runtime.getRuntime().addShutdownHook(hook);
            TrainingRun run;
            try {
                run = session.finished().toCompletableFuture().join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            } finally {
                removeHook(hook);
            }
            terminal.finish();
            RunTable.printSummary(out, run, store.layout().runs().resolve(String.valueOf(run.id())));
            printStarts(out, service, List.of(run));
            return run.status().resumable() || run.status() == RunStatus.COMPLETED
                    || run.status() == RunStatus.EARLY_STOPPED ? 0 : 3;
        }
    }

    /** The request: the architecture named, or with {@code --from} alone the start model's, fitted to the classes. */
    TrainingRequest request(ProjectStore store, TrustedStarts starts, int classes) throws IOException {
        WeightSource source = weightSource();
        String architecture = from != null && arch == null && template == null
                ? saveFitted(new ArchitectureStore(store), StartPlan.fitted(starts.describe(source).architecture(),
                        Math.max(1, classes)))
                : architecture(store);
        return new TrainingRequest(architecture, config(), name).startingFrom(source, freezeEpochs)
                .learningNormal(new NormalClass(normalClass));
    }

    WeightSource weightSource() {
        if (from == null) {
            return WeightSource.NEW;
        }
        try {
            return WeightSource.parse(from);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from: " + e.getMessage());
        }
    }

    /** What each run that continued from a model started from. */
    private static void printStarts(PrintWriter out, TrainingService service, List<TrainingRun> list) {
        for (TrainingRun r : list) {
            service.startOf(r.id()).ifPresent(s -> out.printf("  run %d: %s%n", r.id(), s.sentence()));
        }
        out.flush();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl+C: the hook is already stopping the run.
        }
    }

    private String architecture(ProjectStore store) {
        ArchitectureStore architectures = new ArchitectureStore(store);
        if (arch != null) {
            return arch;
        }
        ProjectTemplates templates = new ProjectTemplates(DataProfiler.profile(store), ProjectBoxes.of(store));
        if (template == null) {
            List<String> names = architectures.names();
            throw new CommandLine.ParameterException(spec.commandLine(), "say which architecture to train: --arch NAME"
                    + (names.isEmpty() ? "" : " (the project has " + String.join(", ", names) + ")")
                    + " or --template ID (" + trainable(templates) + ")");
        }
        Architecture built = templates.byId(template).filter(t -> !t.id().equals(GAN_TEMPLATE))
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                        "unknown template \"" + template + "\"; known: " + trainable(templates)
                                + (template.equalsIgnoreCase(GAN_TEMPLATE)
                                ? " (a GAN is trained on the studio's Train screen)" : "")))
                .build().get();
        return saveFitted(architectures, built);
    }

    /**
     * Saves the template as built for the project now, under its own name, or beside a different architecture of that
     * name ("Char LSTM 2"): one saved earlier (for other data, or edited since) is neither used nor overwritten.
     */
    static String saveFitted(ArchitectureStore architectures, Architecture built) {
        for (int n = 1; ; n++) {
            Architecture candidate = n == 1 ? built : built.withName(built.name() + " " + n);
            Optional<Architecture> saved = architectures.load(candidate.name());
            if (saved.isEmpty()) {
                architectures.save(candidate);
                return candidate.name();
            }
            if (saved.get().equals(candidate)) {
                return candidate.name();
            }
        }
    }

    /** The template ids this command trains, from the project's own list so it cannot drift from it. */
    static String trainable(ProjectTemplates templates) {
        return templates.all().stream().map(ProjectTemplates.Template::id).filter(id -> !id.equals(GAN_TEMPLATE))
                .collect(Collectors.joining(", "));
    }

    TrainingConfig config() {
        Optimizer opt = switch (optimizer.toLowerCase(Locale.ROOT)) {
            case "adam" -> Optimizer.ADAM;
            case "sgd" -> Optimizer.SGD_MOMENTUM;
            case "rmsprop" -> Optimizer.RMSPROP;
            default -> throw bad("--optimizer", optimizer, "adam, sgd, rmsprop");
        };
        Schedule sched = switch (schedule.toLowerCase(Locale.ROOT)) {
            case "constant" -> Schedule.CONSTANT;
            case "step" -> Schedule.STEP;
            case "cosine" -> Schedule.COSINE;
            default -> throw bad("--schedule", schedule, "constant, step, cosine");
        };
        ResizeMode mode = switch (resize.toLowerCase(Locale.ROOT)) {
            case "stretch" -> ResizeMode.STRETCH;
            case "letterbox" -> ResizeMode.LETTERBOX;
            case "crop" -> ResizeMode.CENTER_CROP;
            default -> throw bad("--resize", resize, "stretch, letterbox, crop");
        };
        Augmentation augmentation;
        try {
            augmentation = new Augmentation(flip, rotate, shift, brightness);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        return new TrainingConfig(epochs, batch, opt, learningRate != null ? learningRate : opt.defaultLearningRate(),
                sched, weightDecay, seed, patience, threads, mode, augmentation);
    }

    private CommandLine.ParameterException bad(String option, String value, String known) {
        return new CommandLine.ParameterException(spec.commandLine(),
                "unknown " + option + " \"" + value + "\"; known: " + known);
    }
}
