package org.whiskerstudio.deploy.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Map;

/** An ONNX model in an ONNX Runtime session. Not for concurrent use by several threads. */
public final class OnnxModel implements AutoCloseable {
    private final OrtEnvironment env;
    private final OrtSession session;
    private final String input;

    private OnnxModel(OrtEnvironment env, OrtSession session) throws OrtException {
        this.env = env;
        this.session = session;
        this.input = session.getInputNames().iterator().next();
    }

    /**
     * The model's bytes in a session with {@code threads} intra-op threads (0 = ONNX Runtime's default).
     *
     * @throws IllegalArgumentException with ONNX Runtime's reason when it refuses the model
     */
    public static OnnxModel load(byte[] model, int threads) {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (threads > 0) {
                options.setIntraOpNumThreads(threads);
            }
            return new OnnxModel(env, env.createSession(model, options));
        } catch (OrtException e) {
            throw new IllegalArgumentException("ONNX Runtime refuses the model: " + e.getMessage(), e);
        }
    }

    /** The first output, one row (flattened) per example. */
    public float[][] run(OnnxFeed feed) {
        try (OnnxTensor tensor = tensor(feed);
             OrtSession.Result result = session.run(Map.of(input, tensor))) {
            OnnxTensor out = (OnnxTensor) result.get(0);
            FloatBuffer values = out.getFloatBuffer();
            int rows = feed.batch();
            int width = rows == 0 ? 0 : values.remaining() / rows;
            float[][] table = new float[rows][width];
            for (float[] row : table) {
                values.get(row);
            }
            return table;
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed: " + e.getMessage(), e);
        }
    }

    private OnnxTensor tensor(OnnxFeed feed) throws OrtException {
        if (feed.ids().length > 0) {
            return OnnxTensor.createTensor(env, LongBuffer.wrap(feed.ids()), feed.shape());
        }
        return OnnxTensor.createTensor(env, FloatBuffer.wrap(feed.floats()), feed.shape());
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
