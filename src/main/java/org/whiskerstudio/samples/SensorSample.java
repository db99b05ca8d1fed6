package org.whiskerstudio.samples;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.whiskerstudio.project.imports.ImportRequest;
import org.whiskerstudio.project.imports.SeriesImporter;
import org.whiskerstudio.project.imports.SeriesOptions;

/**
 * The sensor sample: the single-hop sensor network readings (four motes, humidity and temperature every 5 s)
 * cut per mote into windows of 20 readings, a new one every 10, each labelled "normal" or "event" by the
 * majority of its readings.
 */
final class SensorSample {
    static final String FILE = "sensor-network.csv";
    static final SeriesOptions OPTIONS = SeriesOptions.windowed(List.of("humidity", "temperature"),
                    new SeriesOptions.Windows("label", 20, 10, Optional.of("mote_id"), SeriesOptions.LabelPolicy.MAJORITY))
            .withLabelNames(Map.of("0", "normal", "1", "event"));

    static final SampleProjects.Sample SAMPLE = new SampleProjects.Sample("sensor", "Sensor network",
            "Sensor readings over time: normal or an event",
            "1,885 windows of humidity and temperature from four wireless sensor motes (20 readings, 100 s each): "
                    + "normal, or influenced by an event introduced near a mote (only 15 event windows: a lesson in "
                    + "imbalanced classes). "
                    + "Suthaharan et al. 2010, ODC-BY 1.0 / CC BY 4.0.",
            List.of(), (store, data, progress, cancellation) -> SampleProjects.requireClean(new SeriesImporter(store)
                    .run(ImportRequest.of(List.of(data.resolve(FILE))), OPTIONS, progress, cancellation)));

    private SensorSample() {
    }
}
