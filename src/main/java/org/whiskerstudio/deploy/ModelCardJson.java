package org.whiskerstudio.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.whiskerstudio.architecture.Analysis;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureJson;
import org.whiskerstudio.architecture.Detector;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.architecture.ShapeInference;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.dataset.Layout;
import org.whiskerstudio.dataset.Encoding;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.TextEncoder;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.training.Provenance;
import org.whiskerstudio.training.TrainingConfigJson;

/**
 * {@code model-card.json}: written field by field and read back with every value checked, because a bundle comes
 * from anywhere. The architecture and training settings are embedded as JSON objects, readable in any editor.
 */
public final class ModelCardJson {
    static final String FORMAT = "whisker-model-card";
    static final int MAX_CLASSES = 100_000;
    private static final int MAX_NAME = 1_000;
    private static final String NO_CLASSES = "\"classes\" must be a non-empty list of names";
    /** 1 GB of float weights: far above any model the studio's templates make. */
    static final long MAX_PARAMS = 250_000_000L;

    private ModelCardJson() {
    }

    public static String write(ModelCard card) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format", FORMAT).put("formatVersion", card.formatVersion()).put("name", card.name())
                .put("created", card.created().toString());
        ArrayNode classes = root.putArray("classes");
        card.classes().forEach(classes::add);
        root.set("input", shape(card.input()));
        Preprocessing p = card.preprocessing();
        root.putObject("preprocessing").put("width", p.width()).put("height", p.height()).put("channels", p.channels())
                .put("resize", p.resize().name()).put("encoding", p.encoding().name())
                .put("media", p.encoding().kind().name()).put("scale", scale(p));
        root.put("layout", card.layout().name());
        ObjectNode norm = root.putObject("normalisation");
        ArrayNode mean = norm.putArray("mean");
        ArrayNode std = norm.putArray("std");
        for (float m : card.normalisation().mean()) {
            mean.add(m);
        }
        for (float s : card.normalisation().std()) {
            std.add(s);
        }
        root.set("architecture", tree(card.architectureJson()));
        root.set("training", tree(card.trainingConfigJson()));
        card.test().ifPresent(t -> root.putObject("test").put("accuracy", t.accuracy()).put("loss", t.loss())
                .put("examples", t.examples()));
        root.set("provenance", Json.mapper().valueToTree(card.provenance()));
        root.putObject("model").put("file", BundleFormat.MODEL).put("sha256", card.modelSha256());
        card.onnx().ifPresent(o -> OnnxEntryJson.write(root, o));
        card.anomaly().ifPresent(a -> AnomalyEntryJson.write(root, a));
        card.detector().ifPresent(d -> DetectorEntryJson.write(root, d));
        try {
            return Json.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a model card", e);
        }
    }

    /** @param source names the file in messages ("cat.whisker-model.zip!model-card.json") */
    public static ModelCard read(String json, String source) throws BundleRefused {
        try {
            return parse(json, source);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BundleRefused(source + " is not a valid model card: " + e.getMessage(), e);
        }
    }

    private static ModelCard parse(String json, String source) throws BundleRefused {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new BundleRefused(source + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new BundleRefused(source + " is not a Whisker Studio model card (no \"format\": \"" + FORMAT + "\").");
        }
        int version = root.path("formatVersion").asInt(-1);
        if (version != ModelCard.FORMAT_VERSION && version != ModelCard.CODE_DISTANCE_FORMAT_VERSION) {
            throw new BundleRefused(source + " has card format version " + root.path("formatVersion")
                    + "; this Whisker Studio reads versions " + ModelCard.FORMAT_VERSION + " and "
                    + ModelCard.CODE_DISTANCE_FORMAT_VERSION + ".");
        }
        String name = text(root, "name");
        if (name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("the name must be 1.." + MAX_NAME + " characters");
        }
        Instant created;
        try {
            created = Instant.parse(text(root, "created"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"created\" is not a time: " + root.path("created"));
        }
        List<String> classes = classes(root.path("classes"));
        TensorShape input = readShape(root.path("input"));
        JsonNode pre = root.path("preprocessing");
        // Cards written before sequences had no encoding: they are images.
        Encoding encoding = pre.has("encoding") ? Encoding.valueOf(text(pre, "encoding")) : Encoding.PIXELS;
        Preprocessing preprocessing = new Preprocessing(pre.path("width").asInt(-1), pre.path("height").asInt(-1),
                pre.path("channels").asInt(-1), ResizeMode.valueOf(text(pre, "resize").toUpperCase(Locale.ROOT)),
                encoding);
        if (pre.has("media") && !text(pre, "media").equals(encoding.kind().name())) {
            throw new IllegalArgumentException("the media " + pre.path("media") + " does not fit the encoding " + encoding);
        }
        if (!preprocessing.equals(Layout.preprocessing(input, preprocessing.resize(), encoding.kind()))) {
            throw new IllegalArgumentException("the preprocessing " + preprocessing.key() + " does not fit the input "
                    + input.label());
        }
        Layout layout = Layout.valueOf(text(root, "layout"));
        if (layout != Layout.of(input)) {
            throw new IllegalArgumentException("the layout " + layout + " does not fit the input " + input.label());
        }
        Normalisation normalisation = new Normalisation(floats(root.path("normalisation").path("mean")),
                floats(root.path("normalisation").path("std")));
        if (normalisation.channels() != preprocessing.channels()) {
            throw new IllegalArgumentException("the normalisation has " + normalisation.channels() + " channels, the input "
                    + preprocessing.channels());
        }
        String architectureJson = root.path("architecture").toString();
        Architecture architecture = ArchitectureJson.read(architectureJson);
        if (!input.equals(inputOf(architecture))) {
            throw new IllegalArgumentException("the input " + input.label() + " is not the architecture's");
        }
        // An autoencoder that learned a project without labels knows no class; a classifier or detector needs them.
        if (classes.isEmpty() && architecture.kind() != ModelKind.AUTOENCODER) {
            throw new IllegalArgumentException(NO_CLASSES);
        }
        checkSize(architecture, classes.size());
        String trainingJson = root.path("training").toString();
        TrainingConfigJson.read(trainingJson);
        Optional<ModelCard.TestMetrics> test = root.hasNonNull("test") ? Optional.of(test(root.path("test")))
                : Optional.empty();
        Provenance provenance = Json.mapper().convertValue(root.path("provenance"), Provenance.class);
        String sha = text(root.path("model"), "sha256");
        if (!sha.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("model.sha256 is not a SHA-256 in hex");
        }
        Optional<ModelCard.OnnxEntry> onnx = root.hasNonNull("onnx") ? Optional.of(OnnxEntryJson.read(root.path("onnx")))
                : Optional.empty();
        Optional<ModelCard.AnomalyEntry> anomaly = root.hasNonNull("anomaly")
                ? Optional.of(AnomalyEntryJson.read(root.path("anomaly"))) : Optional.empty();
        // An autoencoder's answers mean nothing without the threshold, and a classifier's card has no use for one.
        if (anomaly.isPresent() != (architecture.kind() == ModelKind.AUTOENCODER)) {
            throw new IllegalArgumentException(anomaly.isPresent() ? "\"anomaly\" is for an autoencoder's card"
                    : "an autoencoder's card needs its \"anomaly\" threshold");
        }
        if ((version == ModelCard.CODE_DISTANCE_FORMAT_VERSION)
                != anomaly.flatMap(ModelCard.AnomalyEntry::normalCodes).isPresent()) {
            throw new IllegalArgumentException("format version " + ModelCard.CODE_DISTANCE_FORMAT_VERSION
                    + " is the card of an autoencoder with normal codes, and only such a card is");
        }
        return new ModelCard(version, name, created, classes, input, preprocessing, layout, normalisation,
                architectureJson, trainingJson, test, provenance == null ? Provenance.here("", "", "") : provenance, sha,
                onnx, anomaly, detector(root, architecture));
    }

    /** A detector's card must say its thresholds and anchors, and only a detector's card may. */
    private static Optional<ModelCard.DetectorEntry> detector(JsonNode root, Architecture architecture) {
        Optional<Detector> detector = Detector.of(architecture.network());
        if (root.hasNonNull("detector") != detector.isPresent()) {
            throw new IllegalArgumentException(detector.isPresent() ? "a detector's card needs its \"detector\" entry "
                    + "(anchors and thresholds)" : "\"detector\" is for a detector's card");
        }
        return detector.map(d -> DetectorEntryJson.read(root.path("detector"), d));
    }

    /**
     * The architecture must be a sound classifier for these classes, and of a size a desktop can hold, before any
     * engine allocates it (a crafted card could otherwise ask for terabytes of weights).
     */
    private static void checkSize(Architecture architecture, int classes) {
        Analysis analysis = ShapeInference.analyse(architecture.network(), OptionalInt.of(classes));
        if (!analysis.ok()) {
            throw new IllegalArgumentException("the architecture does not fit its " + classes + " classes: "
                    + analysis.issues().get(0).message());
        }
        if (analysis.totalParams() > MAX_PARAMS) {
            throw new IllegalArgumentException("the architecture has " + analysis.totalParams()
                    + " parameters, more than the limit of " + MAX_PARAMS);
        }
    }

    /** The architecture's input layer shape. */
    public static TensorShape inputOf(Architecture architecture) {
        return architecture.network().inputShape().orElseThrow(() -> new IllegalArgumentException("the architecture has no input layer"));
    }

    private static List<String> classes(JsonNode node) {
        if (!node.isArray()) {
            throw new IllegalArgumentException(NO_CLASSES);
        }
        if (node.size() > MAX_CLASSES) {
            throw new IllegalArgumentException("\"classes\" has " + node.size() + " names, more than " + MAX_CLASSES);
        }
        List<String> names = new ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isTextual() || n.asText().isBlank() || n.asText().length() > MAX_NAME) {
                throw new IllegalArgumentException("class names must be non-blank text: " + n);
            }
            names.add(n.asText());
        }
        if (new HashSet<>(names).size() != names.size()) {
            throw new IllegalArgumentException("\"classes\" names a class twice");
        }
        return names;
    }

    private static ModelCard.TestMetrics test(JsonNode t) {
        double accuracy = t.path("accuracy").asDouble(Double.NaN);
        long examples = t.path("examples").asLong(-1);
        if (!(accuracy >= 0 && accuracy <= 1) || examples < 0) {
            throw new IllegalArgumentException("\"test\" needs an accuracy in 0..1 and a count of examples");
        }
        return new ModelCard.TestMetrics(accuracy, t.path("loss").asDouble(Double.NaN), examples);
    }

    static ObjectNode shape(TensorShape shape) {
        ObjectNode n = Json.mapper().createObjectNode();
        if (shape instanceof TensorShape.Image i) {
            n.put("kind", "image").put("height", i.height()).put("width", i.width()).put("channels", i.channels());
        } else if (shape instanceof TensorShape.Sequence s) {
            n.put("kind", "sequence").put("steps", s.steps()).put("features", s.features());
        } else {
            n.put("kind", "vector").put("length", ((TensorShape.Vector) shape).length());
        }
        return n;
    }

    private static TensorShape readShape(JsonNode n) {
        return switch (text(n, "kind")) {
            case "image" -> new TensorShape.Image(n.path("height").asInt(), n.path("width").asInt(), n.path("channels").asInt());
            case "sequence" -> new TensorShape.Sequence(n.path("steps").asInt(), n.path("features").asInt());
            case "vector" -> new TensorShape.Vector(n.path("length").asInt());
            default -> throw new IllegalArgumentException("unknown input kind " + n.path("kind"));
        };
    }

    private static float[] floats(JsonNode array) {
        // As many as the largest input has channels (a series' features, a text's symbols); never more.
        if (!array.isArray() || array.size() > Preprocessing.MAX_FEATURES) {
            throw new IllegalArgumentException("normalisation mean and std need one number per channel");
        }
        float[] out = new float[array.size()];
        for (int i = 0; i < out.length; i++) {
            if (!array.get(i).isNumber()) {
                throw new IllegalArgumentException("normalisation values must be numbers: " + array.get(i));
            }
            out[i] = array.get(i).floatValue();
        }
        return out;
    }

    /** How values are scaled, in words, for people reading the card. */
    private static String scale(Preprocessing p) {
        return switch (p.encoding()) {
            case PIXELS -> "pixel / 255, then (x - mean[c]) / std[c]";
            case SERIES -> "(x - mean[feature]) / std[feature]; padded steps are 0";
            case CHARACTERS -> "one-hot over the alphabet " + Json.mapper().getNodeFactory().textNode(TextEncoder.ALPHABET)
                    + " then 'other'; lower-cased, accents dropped";
            case WORDS -> "one-hot of fnv1a32(utf8(lower-cased word)) mod " + p.channels() + "; words are runs of letters,"
                    + " digits and apostrophes";
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (!v.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" is missing or not text");
        }
        return v.asText();
    }

    private static JsonNode tree(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
