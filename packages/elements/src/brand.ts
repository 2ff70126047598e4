/** Marks Paperframe's element classes, across copies of the library. */
export const ELEMENT_BRAND = Symbol.for('paperframe.element');
