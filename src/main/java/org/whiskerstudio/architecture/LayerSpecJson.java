package org.whiskerstudio.architecture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Locale;

/** One layer spec's fields in JSON, "kind" first; reading checks every field and names the node when it fails. */
final class LayerSpecJson {
    private LayerSpecJson() {
    }

    static void write(LayerSpec spec, ObjectNode out) {
        if (spec instanceof LayerSpec.Input input) {
            out.put("kind", "Input");
            writeShape(input.shape(), out.putObject("shape"));
        } else if (spec instanceof LayerSpec.Conv2D c) {
            out.put("kind", "Conv2D").put("filters", c.filters()).put("kernel", c.kernel()).put("stride", c.stride())
                    .put("padding", c.padding().name()).put("activation", c.activation().name());
        } else if (spec instanceof LayerSpec.Deconv2D c) {
            out.put("kind", "Deconv2D").put("filters", c.filters()).put("kernel", c.kernel()).put("stride", c.stride())
                    .put("padding", c.padding().name()).put("activation", c.activation().name());
        } else if (spec instanceof LayerSpec.Upsampling2D u) {
            out.put("kind", "Upsampling2D").put("factor", u.factor());
        } else if (spec instanceof LayerSpec.Reshape r) {
            out.put("kind", "Reshape").put("height", r.height()).put("width", r.width()).put("channels", r.channels());
        } else if (spec instanceof LayerSpec.Pooling2D p) {
            out.put("kind", "Pooling2D").put("pool", p.type().name()).put("kernel", p.kernel()).put("stride", p.stride());
        } else if (spec instanceof LayerSpec.GlobalPooling g) {
            out.put("kind", "GlobalPooling").put("pool", g.type().name());
        } else if (spec instanceof LayerSpec.BatchNorm) {
            out.put("kind", "BatchNorm");
        } else if (spec instanceof LayerSpec.Dropout d) {
            out.put("kind", "Dropout").put("rate", d.rate());
        } else if (spec instanceof LayerSpec.Dense d) {
            out.put("kind", "Dense").put("units", d.units()).put("activation", d.activation().name());
        } else if (spec instanceof LayerSpec.Lstm l) {
            out.put("kind", "LSTM").put("units", l.units()).put("returnSequences", l.returnSequences());
        } else if (spec instanceof LayerSpec.ActivationLayer a) {
            out.put("kind", "Activation").put("activation", a.activation().name());
        } else if (spec instanceof LayerSpec.Output o) {
            out.put("kind", "Output").put("classes", o.classes()).put("output", o.outputKind().name());
        } else if (spec instanceof LayerSpec.Reconstruction) {
            out.put("kind", "Reconstruction");
        } else if (spec instanceof LayerSpec.Variational v) {
            out.put("kind", "Variational").put("latent", v.latent()).put("hidden", v.hidden());
        } else if (spec instanceof LayerSpec.YoloHead y) {
            out.put("kind", "YOLO").put("classes", y.classes()).put("anchors", y.anchors())
                    .put("lambdaCoord", y.lambdaCoord()).put("lambdaNoObject", y.lambdaNoObject())
                    .put("lambdaClass", y.lambdaClass()).put("warmUpEpochs", y.warmUpEpochs());
        } else if (spec instanceof LayerSpec.QValues q) {
            out.put("kind", "QValues").put("environment", q.environment().key());
        } else if (spec instanceof LayerSpec.Merge m) {
            out.put("kind", "Merge").put("merge", m.mergeKind().name());
        }
    }

    static LayerSpec read(JsonNode json, String id) {
        Fields f = new Fields(json, id);
        String kind = f.text("kind");
        try {
            return switch (kind) {
                case "Input" -> new LayerSpec.Input(readShape(new Fields(json.path("shape"), id)));
                case "Conv2D" -> new LayerSpec.Conv2D(f.integer("filters"), f.integer("kernel"), f.integer("stride"),
                        f.choice("padding", LayerSpec.Padding.class), f.choice("activation", Activation.class));
                case "Deconv2D" -> new LayerSpec.Deconv2D(f.integer("filters"), f.integer("kernel"),
                        f.integer("stride"), f.choice("padding", LayerSpec.Padding.class),
                        f.choice("activation", Activation.class));
                case "Upsampling2D" -> new LayerSpec.Upsampling2D(f.integer("factor"));
                case "Reshape" -> new LayerSpec.Reshape(f.integer("height"), f.integer("width"), f.integer("channels"));
                case "Pooling2D" -> new LayerSpec.Pooling2D(f.choice("pool", LayerSpec.PoolType.class),
                        f.integer("kernel"), f.integer("stride"));
                case "GlobalPooling" -> new LayerSpec.GlobalPooling(f.choice("pool", LayerSpec.PoolType.class));
                case "BatchNorm" -> new LayerSpec.BatchNorm();
                case "Dropout" -> new LayerSpec.Dropout(f.number("rate"));
                case "Dense" -> new LayerSpec.Dense(f.integer("units"), f.choice("activation", Activation.class));
                case "LSTM" -> new LayerSpec.Lstm(f.integer("units"), f.bool("returnSequences"));
                case "Activation" -> new LayerSpec.ActivationLayer(f.choice("activation", Activation.class));
                case "Output" -> new LayerSpec.Output(f.integer("classes"),
                        f.choice("output", LayerSpec.OutputKind.class));
                case "Reconstruction" -> new LayerSpec.Reconstruction();
                case "Variational" -> new LayerSpec.Variational(f.integer("latent"), f.integer("hidden"));
                // Heads saved before the class weight and the warm-up keep how they trained: weight 1, no warm-up.
                case "YOLO" -> new LayerSpec.YoloHead(f.integer("classes"), f.text("anchors"), f.number("lambdaCoord"),
                        f.number("lambdaNoObject"), f.has("lambdaClass") ? f.number("lambdaClass") : 1,
                        f.has("warmUpEpochs") ? f.integer("warmUpEpochs") : 0);
                case "QValues" -> new LayerSpec.QValues(AgentEnvironment.fromKey(f.text("environment")));
                case "Merge" -> new LayerSpec.Merge(f.choice("merge", LayerSpec.MergeKind.class));
                default -> throw new IllegalArgumentException("unknown layer kind '" + kind + "'");
            };
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith("node ")) {
                throw e;
            }
            throw new IllegalArgumentException("node " + id + ": " + e.getMessage(), e);
        }
    }

    private static void writeShape(TensorShape shape, ObjectNode out) {
        if (shape instanceof TensorShape.Image i) {
            out.put("type", "image").put("height", i.height()).put("width", i.width()).put("channels", i.channels());
        } else if (shape instanceof TensorShape.Sequence s) {
            out.put("type", "sequence").put("steps", s.steps()).put("features", s.features());
        } else {
            out.put("type", "vector").put("length", ((TensorShape.Vector) shape).length());
        }
    }

    private static TensorShape readShape(Fields f) {
        return switch (f.text("type")) {
            case "image" -> new TensorShape.Image(f.positive("height"), f.positive("width"), f.positive("channels"));
            case "sequence" -> new TensorShape.Sequence(f.positive("steps"), f.positive("features"));
            case "vector" -> new TensorShape.Vector(f.positive("length"));
            default -> throw new IllegalArgumentException("unknown input shape type '" + f.text("type") + "'");
        };
    }

    /** Typed access to one JSON object's fields, failing with "node conv1: filters must be ...". */
    private record Fields(JsonNode json, String id) {
        String text(String field) {
            JsonNode value = json.path(field);
            if (!value.isTextual()) {
                throw fail(field + " is missing or not text");
            }
            return value.asText();
        }

        boolean has(String field) {
            return json.has(field);
        }

        int integer(String field) {
            JsonNode value = json.path(field);
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw fail(field + " must be a whole number, got " + shown(value));
            }
            return value.intValue();
        }

        int positive(String field) {
            int value = integer(field);
            if (value < 1) {
                throw fail(field + " must be at least 1, got " + value);
            }
            return value;
        }

        double number(String field) {
            JsonNode value = json.path(field);
            if (!value.isNumber()) {
                throw fail(field + " must be a number, got " + shown(value));
            }
            return value.doubleValue();
        }

        boolean bool(String field) {
            JsonNode value = json.path(field);
            if (!value.isBoolean()) {
                throw fail(field + " must be true or false, got " + shown(value));
            }
            return value.booleanValue();
        }

        <E extends Enum<E>> E choice(String field, Class<E> type) {
            String text = text(field);
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw fail(field + " '" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            }
        }

        private IllegalArgumentException fail(String message) {
            return new IllegalArgumentException("node " + id + ": " + message);
        }

        private static String shown(JsonNode value) {
            return value.isMissingNode() ? "nothing" : value.toString();
        }
    }
}
