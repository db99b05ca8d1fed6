package org.whiskerstudio.bench.dl4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.layers.wrapper.BaseWrapperLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.whiskerstudio.architecture.dl4j.Dl4jRuntime;
import org.whiskerstudio.training.dl4j.Nd4jThreads;

/**
 * The engine settings a speed figure was measured with, read from the running process and network rather than from
 * what the code meant to set.
 *
 * @param backend    the native library loaded, by its JavaCPP cache name ("nd4j-native ... linux-x86_64-onednn")
 * @param helpers    each layer with its helper ("ConvolutionLayer: MKLDNNConvHelper"), or "none"
 * @param cnnFormat  the convolution layers' data format (NCHW/NHWC), "-" without any
 * @param ompWaitPolicy OpenMP's wait policy as native code sees it (PASSIVE is the studio's default)
 */
public record SpeedSettings(String backend, String helpers, int threads, String dataType, String trainingWorkspace,
                            String inferenceWorkspace, String cnnFormat, String ompWaitPolicy) {

    static SpeedSettings of(MultiLayerNetwork net) {
        List<String> helpers = new ArrayList<>();
        String format = "-";
        for (Layer layer : net.getLayers()) {
            Layer inner = layer instanceof BaseWrapperLayer wrapper ? wrapper.getUnderlying() : layer;
            String name = inner.getClass().getSimpleName();
            helpers.add(name + ": " + (inner.getHelper() == null ? "none" : inner.getHelper().getClass().getSimpleName()));
            if (inner.conf().getLayer() instanceof ConvolutionLayer conv) {
                format = conv.getCnn2dDataFormat().name();
            } else if (inner.conf().getLayer() instanceof SubsamplingLayer pool) {
                format = pool.getCnn2dDataFormat().name();
            }
        }
        return new SpeedSettings(loadedBackend(), String.join(", ", helpers), Nd4jThreads.ompThreads(),
                net.params().dataType().name(), net.getLayerWiseConfigurations().getTrainingWorkspaceMode().name(),
                net.getLayerWiseConfigurations().getInferenceWorkspaceMode().name(), format,
                Dl4jRuntime.ompWaitPolicy());
    }

    /** Which native ND4J build the process mapped: JavaCPP unpacks each classifier's jar under its own name. */
    static String loadedBackend() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
                Matcher m = Pattern.compile("/(nd4j-native-[^/]+)\\.jar/.*libnd4jcpu\\.so").matcher(line);
                if (m.find()) {
                    return m.group(1);
                }
            }
        } catch (IOException | RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }
}
