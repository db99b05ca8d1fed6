package org.whiskerstudio.ui.architecture;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.TensorShape;

/**
 * The editable settings of a layer spec, read from its record components, and a way to rebuild the spec with one
 * setting changed. Rebuilding runs the record's constructor, so nonsense is refused with its own plain message.
 * An Input's shape is shown as its numbers (height, width, channels / steps, features / length).
 */
final class SpecProperties {
    /** One setting: its name, type and current value. */
    record Setting(String name, Class<?> type, Object value) {
    }

    /**
     * The detector head's settings by what they weigh, in words short enough for the inspector's name column (the
     * record's names, such as lambdaNoObject, were cut off there); the tooltip gives the name and what it does.
     */
    private static final Map<String, String[]> WORDED = Map.of(
            "lambdaCoord", new String[] {"box weight", "lambdaCoord: how much the boxes' position and size count in "
                    + "the loss (YOLO's 5)"},
            "lambdaNoObject", new String[] {"empty weight", "lambdaNoObject: how much a cell and anchor without an "
                    + "object counts when it still claims one (YOLO's 0.5; lower it when true objects score too low)"},
            "lambdaClass", new String[] {"class weight", "lambdaClass: how much naming the right class counts in the "
                    + "loss (1 = as DL4J's layer; the template's 3)"},
            "warmUpEpochs", new String[] {"warm-up", "warmUpEpochs: epochs the layers before the head first learn to "
                    + "name crops of the training boxes, before the detector's first epoch (0 = none)"});

    private SpecProperties() {
    }

    /** A setting's name as the inspector shows it. */
    static String label(String name) {
        return WORDED.containsKey(name) ? WORDED.get(name)[0] : name;
    }

    /** What a setting does, where its name alone does not say it. */
    static Optional<String> explanation(String name) {
        return Optional.ofNullable(WORDED.get(name)).map(w -> w[1]);
    }

    static List<Setting> settings(LayerSpec spec) {
        List<Setting> out = new ArrayList<>();
        Object target = spec instanceof LayerSpec.Input in ? in.shape() : spec;
        for (RecordComponent c : target.getClass().getRecordComponents()) {
            out.add(new Setting(c.getName(), c.getType(), read(c, target)));
        }
        return out;
    }

    /** The spec with {@code name} set to {@code value}; throws IllegalArgumentException with the reason if refused. */
    static LayerSpec with(LayerSpec spec, String name, Object value) {
        if (spec instanceof LayerSpec.Input in) {
            return new LayerSpec.Input((TensorShape) rebuild(in.shape(), name, value));
        }
        return (LayerSpec) rebuild(spec, name, value);
    }

    private static Object rebuild(Object record, String name, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = components[i].getName().equals(name) ? coerce(value, types[i]) : read(components[i], record);
        }
        try {
            Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IllegalArgumentException(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + record.getClass().getSimpleName(), e);
        }
    }

    private static Object coerce(Object value, Class<?> type) {
        if (type == int.class && value instanceof Number n) {
            if (n.doubleValue() != Math.rint(n.doubleValue())) {
                throw new IllegalArgumentException("a whole number is needed, got " + n);
            }
            return n.intValue();
        }
        if (type == double.class && value instanceof Number n) {
            return n.doubleValue();
        }
        return value;
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }
}
