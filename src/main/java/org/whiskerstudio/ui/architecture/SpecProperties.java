package org.whiskerstudio.ui.architecture;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
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

    private SpecProperties() {
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
