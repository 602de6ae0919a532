/**
 * Strokes as the drawing pad produces them and as they cross the wire.
 *
 * Coordinates live in a fixed square "draw space" of DRAW_SPACE x DRAW_SPACE units, origin top-left,
 * y down, independent of the device's pixel size. The client maps its canvas into this space, so the
 * same drawing means the same thing on a phone and on a projector.
 */
export const DRAW_SPACE = 256;

/** One point, [x, y] in draw-space units. */
export type Point = [number, number];

/** One pen-down polyline, in drawing order. */
export type Stroke = Point[];

/** A whole drawing: strokes in the order they were drawn. */
export type Drawing = Stroke[];
