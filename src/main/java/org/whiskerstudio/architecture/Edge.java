package org.whiskerstudio.architecture;

/** Output of one node feeding another. */
public record Edge(String from, String to) {
}
