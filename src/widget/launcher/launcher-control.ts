/**
 * How a launcher's dialog is opened from outside its own button: the handle's open() and
 * close() (embed/widget-instance.tsx), a host element with data-clinic-widget-open
 * (./open-triggers.ts), and, before the widget has loaded, the lazy placeholder
 * (src/launcher-placeholder.ts). A plain object, shared by all three and by the dialog: a
 * request made before the dialog's code is here is kept and honoured when it renders.
 */
export interface LauncherControl {
  /** Whether the dialog is (or is to be) open; the dialog keeps it up to date. */
  open?: boolean;
  /** Gets focus back when the dialog closes: the host's own link or button that opened it. */
  opener?: Element | null;
  /** Set while the dialog is rendered: opens or closes it now. */
  set?: (open: boolean) => void;
}

/** Opens or closes the dialog, now if it is drawn, else as soon as it is. */
export function requestLauncher(
  control: LauncherControl,
  open: boolean,
  opener: Element | null,
): void {
  // A second open() keeps the first opener: focus is inside the dialog by then.
  if (open && !control.open) control.opener = opener;
  control.open = open;
  control.set?.(open);
}
