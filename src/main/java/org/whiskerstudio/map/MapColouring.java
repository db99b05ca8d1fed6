package org.whiskerstudio.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.suggest.Suggestion;

/**
 * What colours a map's points: a category per point (an index into {@code legend}, or -1 for none: unlabelled, no
 * suggestion) and the legend's names. The view turns categories into colours: a class's own colour (as its chips on
 * other screens), else the view's palette.
 *
 * @param colours    per legend entry, a CSS colour ("#1f77b4") or "" for the palette's; empty for all the palette's
 * @param emphasised the legend entry whose points are drawn larger and on top (anomalies), -1 for none
 */
public record MapColouring(List<String> legend, int[] category, List<String> colours, int emphasised) {
    public MapColouring {
        legend = List.copyOf(legend);
        colours = List.copyOf(colours);
        if (!colours.isEmpty() && colours.size() != legend.size()) {
            throw new IllegalArgumentException(legend.size() + " legend entries but " + colours.size() + " colours");
        }
        if (emphasised < -1 || emphasised >= legend.size()) {
            throw new IllegalArgumentException("no legend entry " + emphasised + " to emphasise");
        }
    }

    /** Categories in the colours given, none emphasised. */
    public MapColouring(List<String> legend, int[] category, List<String> colours) {
        this(legend, category, colours, -1);
    }

    /** Categories coloured by the view's palette. */
    public MapColouring(List<String> legend, int[] category) {
        this(legend, category, List.of());
    }

    /** The colour of legend entry {@code index}, empty for the palette's. */
    public java.util.Optional<String> colour(int index) {
        return colours.isEmpty() || colours.get(index).isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(colours.get(index));
    }

    /** By each example's class (its first one when it has several), in the project's class order. */
    public static MapColouring byLabel(ProjectMap map, Map<Long, ImageAsset> images, List<LabelClass> classes) {
        Map<Long, Integer> index = new HashMap<>();
        List<String> legend = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        for (LabelClass c : classes) {
            index.put(c.id(), legend.size());
            legend.add(c.name());
            colours.add(c.color());
        }
        int[] category = new int[map.size()];
        for (int i = 0; i < map.size(); i++) {
            ImageAsset image = images.get(map.imageIds()[i]);
            category[i] = image == null || image.classIds().isEmpty() ? -1
                    : index.getOrDefault(image.classIds().get(0), -1);
        }
        return new MapColouring(legend, category, colours);
    }

    /**
     * By the class the current suggestions give each unlabelled example, named in order of first appearance, in the
     * colour of the project's class of that name.
     */
    public static MapColouring bySuggestion(ProjectMap map, Collection<Suggestion> suggestions,
                                            List<LabelClass> classes) {
        Map<String, String> classColours = new HashMap<>();
        classes.forEach(c -> classColours.put(c.name(), c.color()));
        Map<Long, String> suggested = new HashMap<>();
        suggestions.forEach(s -> suggested.put(s.imageId(), s.className()));
        List<String> legend = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        int[] category = new int[map.size()];
        for (int i = 0; i < map.size(); i++) {
            String name = suggested.get(map.imageIds()[i]);
            category[i] = name == null ? -1 : index.computeIfAbsent(name, n -> {
                legend.add(n);
                return legend.size() - 1;
            });
        }
        return new MapColouring(legend, category, legend.stream().map(n -> classColours.getOrDefault(n, ""))
                .toList());
    }

    /** By k-means cluster ({@link Clusters#kMeans}), named "Cluster 1" ... */
    public static MapColouring byCluster(int[] clusters) {
        int k = 0;
        for (int c : clusters) {
            k = Math.max(k, c + 1);
        }
        List<String> legend = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            legend.add("Cluster " + (c + 1));
        }
        return new MapColouring(legend, clusters.clone());
    }

    /** How many points each legend entry has. */
    public int[] counts() {
        int[] counts = new int[legend.size()];
        for (int c : category) {
            if (c >= 0) {
                counts[c]++;
            }
        }
        return counts;
    }
}
