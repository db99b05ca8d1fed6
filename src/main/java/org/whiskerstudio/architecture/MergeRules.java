package org.whiskerstudio.architecture;

import static org.whiskerstudio.architecture.Shapes.describe;

import java.util.List;
import org.whiskerstudio.architecture.TensorShape.Image;
import org.whiskerstudio.architecture.TensorShape.Sequence;
import org.whiskerstudio.architecture.TensorShape.Vector;

/** ADD sums equal shapes (DL4J ElementWiseVertex); CONCAT stacks channels or features (DL4J MergeVertex). */
final class MergeRules {
    private MergeRules() {
    }

    static LayerCost merge(LayerSpec.Merge merge, List<TensorShape> in) {
        String kind = merge.kind();
        if (in.size() < 2) {
            return LayerCost.refused(kind + " joins branches and needs at least 2 inputs, got " + in.size()
                    + ": connect another branch or remove it");
        }
        return merge.mergeKind() == LayerSpec.MergeKind.ADD ? add(in) : concat(in);
    }

    private static LayerCost add(List<TensorShape> in) {
        TensorShape first = in.get(0);
        for (TensorShape other : in) {
            if (!other.equals(first)) {
                return LayerCost.refused("Add needs inputs of the same shape, got " + describe(first) + " and "
                        + describe(other) + ": change the filters or units of one branch");
            }
        }
        return LayerCost.fits(first, 0, first.size() * (in.size() - 1));
    }

    private static LayerCost concat(List<TensorShape> in) {
        TensorShape first = in.get(0);
        long total = 0;
        for (TensorShape other : in) {
            String clash = clash(first, other);
            if (!clash.isEmpty()) {
                return LayerCost.refused(clash);
            }
            total += depth(other);
        }
        int stacked = Math.toIntExact(total);
        TensorShape out;
        if (first instanceof Image image) {
            out = new Image(image.height(), image.width(), stacked);
        } else if (first instanceof Sequence sequence) {
            out = new Sequence(sequence.steps(), stacked);
        } else {
            out = new Vector(stacked);
        }
        return LayerCost.fits(out, 0, 0);
    }

    /** What CONCAT stacks: channels of an image, features of a sequence, a vector's length. */
    private static int depth(TensorShape shape) {
        if (shape instanceof Image image) {
            return image.channels();
        }
        return shape instanceof Sequence sequence ? sequence.features() : ((Vector) shape).length();
    }

    private static String clash(TensorShape first, TensorShape other) {
        if (first.getClass() != other.getClass()) {
            return "Concat needs inputs of one kind, got " + describe(first) + " and " + describe(other);
        }
        if (first instanceof Image a && other instanceof Image b
                && (a.height() != b.height() || a.width() != b.width())) {
            return "Concat needs images of the same height and width, got " + describe(a) + " and " + describe(b)
                    + ": pool or stride the branches alike";
        }
        if (first instanceof Sequence a && other instanceof Sequence b && a.steps() != b.steps()) {
            return "Concat needs sequences of the same length, got " + describe(a) + " and " + describe(b);
        }
        return "";
    }
}
