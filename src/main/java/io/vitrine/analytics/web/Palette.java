package io.vitrine.analytics.web;

import java.util.List;

/**
 * Chart colours: the Okabe-Ito palette, told apart by people with any common colour-vision deficiency and
 * readable on white; the first colour is the main series of every chart.
 */
final class Palette {

    static final String BLUE = "#0072B2";
    static final String ORANGE = "#E69F00";
    static final String GREEN = "#009E73";
    static final String VERMILION = "#D55E00";
    static final String SKY = "#56B4E9";
    static final String PURPLE = "#CC79A7";
    static final String YELLOW = "#F0E442";
    static final String GREY = "#6E6E6E";

    static final List<String> ALL = List.of(BLUE, ORANGE, GREEN, VERMILION, SKY, PURPLE, YELLOW, GREY);

    static String at(int i) {
        return ALL.get(i % ALL.size());
    }

    private Palette() {
    }
}
