import { createContext } from 'preact';

/**
 * True inside the launcher's dialog, whose header bar shows the widget's title: the widget
 * then leaves its own title out and puts the emergency line on the dialog's first screen.
 * Provided by the launcher only, so a widget shown in its container instead (the launcher's
 * code failed to load) keeps its title.
 */
export const InDialog = createContext(false);
