package org.whiskerstudio.samples;

import java.util.List;
import java.util.Optional;
import org.whiskerstudio.project.imports.ImportRequest;
import org.whiskerstudio.project.imports.SeriesImporter;
import org.whiskerstudio.project.imports.SeriesOptions;

/**
 * The weather sample: four years of Seattle's daily weather cut into week-long windows (a new one every day), each
 * labelled with the weather of its last day: five classes, from 714 sunny weeks down to 23 snowy ones.
 */
final class WeatherSample {
    static final String FILE = "seattle-weather.csv";
    static final SeriesOptions OPTIONS = SeriesOptions.windowed(List.of("precipitation", "temp_max", "temp_min", "wind"),
            new SeriesOptions.Windows("weather", 7, 1, Optional.empty(), SeriesOptions.LabelPolicy.LAST));

    static final SampleProjects.Sample SAMPLE = new SampleProjects.Sample("weather", "Seattle weather",
            "A week of weather, and the last day's kind",
            "1,455 weeks of Seattle's daily precipitation, temperatures and wind (2012-2015), each labelled with its "
                    + "last day's weather: sun, fog, rain, drizzle or snow. Five unbalanced classes for an LSTM. "
                    + "NOAA, public domain.",
            List.of(), (store, data, progress, cancellation) -> SampleProjects.requireClean(new SeriesImporter(store)
                    .run(ImportRequest.of(List.of(data.resolve(FILE))), OPTIONS, progress, cancellation)));

    private WeatherSample() {
    }
}
