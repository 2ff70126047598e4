import { defineElements } from './registry.js';

/**
 * Importing this module defines every Paperframe element under its default
 * tag. To choose other names, import `defineElements` from the package
 * instead and call it with a prefix or a rename map.
 */
defineElements();
