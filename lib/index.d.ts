import type { MountOptions, WidgetHandle } from './public-types.js';
export type * from './public-types.js';
/** The package's version. */
export declare const version: string;
/**
 * Renders the widget into `target` (an element or a CSS selector), in its own shadow root.
 * Never throws: a bad target or option logs a `[clinic-widget]` warning instead.
 */
export declare function mount(target: Element | string, options?: MountOptions): WidgetHandle;
