package org.whiskerstudio.ui.rl;

/**
 * Where the cart and its pole fall on a canvas: the track spans the width (less a margin and room for a cart that
 * has just run off either end) from minus to plus its half width, so metres become pixels at one scale for the cart,
 * the pole and the track alike. The pole is Gym's
 * (1 m; its half length 0.5 m is what the physics uses), shortened only when the canvas is too flat to hold it.
 */
record CartGeometry(double pixelsPerMetre, double centreX, double trackY, double poleLength) {
    static final double MARGIN = 12;
    static final double POLE_METRES = 1.0;
    static final double CART_WIDTH_METRES = 0.4;
    static final double CART_HEIGHT_METRES = 0.24;

    static CartGeometry fit(double width, double height, double trackHalfWidth) {
        double scale = Math.max(0, width - 2 * MARGIN) / (2 * (trackHalfWidth + CART_WIDTH_METRES));
        double trackY = height * 0.8;
        double room = Math.max(0, trackY - scale * CART_HEIGHT_METRES - MARGIN);
        return new CartGeometry(scale, width / 2, trackY, Math.min(scale * POLE_METRES, room));
    }

    /** The canvas x of a position {@code x} metres from the track's centre. */
    double xOf(double metres) {
        return centreX + metres * pixelsPerMetre;
    }

    double cartWidth() {
        return CART_WIDTH_METRES * pixelsPerMetre;
    }

    double cartHeight() {
        return CART_HEIGHT_METRES * pixelsPerMetre;
    }

    /** The pivot's y: the top of the cart. */
    double pivotY() {
        return trackY - cartHeight();
    }

    /** The pole's tip for a cart at {@code x} with the pole {@code theta} radians from upright, clockwise. */
    double tipX(double x, double theta) {
        return xOf(x) + poleLength * Math.sin(theta);
    }

    double tipY(double theta) {
        return pivotY() - poleLength * Math.cos(theta);
    }
}
