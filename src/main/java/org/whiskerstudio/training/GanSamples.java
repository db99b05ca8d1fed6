package org.whiskerstudio.training;

import java.util.List;

/** Images the generator made from the run's fixed noise batch: unsigned bytes, channel by channel (CHW). */
public record GanSamples(long iteration, int width, int height, int channels, List<byte[]> images) {
    public GanSamples {
        images = List.copyOf(images);
    }
}
