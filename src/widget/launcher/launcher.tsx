import type { ComponentChildren } from 'preact';
import type { Translate } from '../../i18n/english-formatter';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ColorScheme } from '../../shared/option-types';
import type { AccentColors } from '../../styles/accent';
import { themeAttributes } from '../../styles/theme-attributes';
import { button } from '../ui/button.css';
import { Heading } from '../ui/heading';
import { focusableIn, trapTab } from './focus-trap';
import { InDialog } from './in-dialog';
import type { LauncherControl } from './launcher-control';
import { LAUNCHER_ICON_PATH, LAUNCHER_ICON_VIEWBOX } from './launcher-icon';
import * as buttonStyles from './launcher-button.css';
import * as styles from './launcher.css';
import { listenForTriggers } from './open-triggers';
import { placementVars, type LauncherPlacement } from './placement';

interface LauncherProps {
  placement: LauncherPlacement;
  lang: string;
  dir: 'ltr' | 'rtl';
  colorScheme: ColorScheme;
  accent: AccentColors | null;
  /** The widget's translations: the button's long and short labels, Close. */
  t: Translate;
  /** The dialog's heading (in its header bar, beside Close) and accessible name. */
  title: string;
  headingLevel: number;
  /**
   * Open requests from outside the button: the handle's open() and close(), the host's
   * data-clinic-widget-open elements, and a press on the lazy placeholder before this code
   * arrived (then `open` is already true).
   */
  control: LauncherControl;
  onOpenChange?: (open: boolean) => void;
  children: ComponentChildren;
}

/**
 * Launcher mode: a floating button that opens the widget in a modal dialog (WAI-ARIA APG
 * dialog pattern). The native <dialog> makes the page behind inert and closes on Escape; we
 * add the focus trap (Tab never leaves the dialog) and return focus to the button, or to the
 * host's own link or button when that opened it.
 */
export function Launcher(props: LauncherProps) {
  const { control } = props;
  const [open, setOpen] = useState(control.open);
  // Once opened, the widget stays rendered while closed: a half-done check is still there.
  const [opened, setOpened] = useState(control.open);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  /** The dialog is shown, and its close has not been handled yet. */
  const shown = useRef(false);
  const { position } = props.placement;
  const theme = themeAttributes(props.colorScheme, props.accent);

  // Requests from outside reach the dialog through `control`, and so do the host's triggers.
  useLayoutEffect(() => {
    control.set = (next) => {
      if (next) setOpened(true);
      setOpen(next);
    };
    const host = (dialogRef.current?.getRootNode() as ShadowRoot | undefined)?.host;
    const stopListening = host ? listenForTriggers({ host, control }) : undefined;
    return () => {
      control.set = undefined;
      stopListening?.();
    };
  }, [control]);

  useLayoutEffect(() => {
    control.open = open;
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      shown.current = true;
      props.onOpenChange?.(true);
      // The close button comes first: a screen reader hears the dialog's name, then "Close".
      closeRef.current?.focus();
    } else if (!open) {
      if (dialog.open) dialog.close();
      // Focus goes back in the same task as the close, not in the close event a task later:
      // nothing in between (a keypress, the page's own script) finds it nowhere.
      if (shown.current) closed();
    }
  }, [open]);

  // Escape (the dialog's cancel) and unmounting close the dialog themselves and end here; the
  // close button and close() end in the effect above, which this then finds done.
  const onClose = () => {
    setOpen(false);
    if (shown.current) closed();
  };

  /** Once per close: says so, and gives focus back. */
  const closed = () => {
    shown.current = false;
    props.onOpenChange?.(false);
    const opener = control.opener;
    control.opener = null;
    // Back to what opened the dialog: the host's own link or button, else the launcher button
    // (also when that element has gone or cannot take focus). The body and our own container
    // are where focus was when nothing (or our button) had it.
    const host = (dialogRef.current?.getRootNode() as ShadowRoot | undefined)?.host;
    const back =
      opener instanceof HTMLElement &&
      opener.isConnected &&
      opener !== document.body &&
      opener !== host
        ? opener
        : null;
    back?.focus();
    if (!back || document.activeElement !== back) buttonRef.current?.focus();
  };

  return (
    <div
      class={`${buttonStyles.wrapper} ${theme.class}`}
      lang={props.lang}
      dir={props.dir}
      style={{ ...theme.style, ...placementVars(props.placement) }}
    >
      <button
        ref={buttonRef}
        type="button"
        class={buttonStyles.button[position]}
        aria-haspopup="dialog"
        aria-expanded={open ? 'true' : 'false'}
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        <svg
          class={buttonStyles.icon}
          viewBox={LAUNCHER_ICON_VIEWBOX}
          aria-hidden="true"
          focusable="false"
        >
          <path d={LAUNCHER_ICON_PATH} fill="none" stroke="currentColor" stroke-width="2" />
        </svg>
        {/* One label shows at a time (CSS): the accessible name is always the visible text. */}
        <span class={buttonStyles.longLabel}>{props.t('launcher.open')}</span>
        <span class={buttonStyles.shortLabel}>{props.t('launcher.short')}</span>
      </button>
      <dialog
        ref={dialogRef}
        class={`${styles.dialog} ${styles.dialogPosition[position]}`}
        aria-modal="true"
        aria-label={props.title}
        onClose={onClose}
        onKeyDown={(event) => trapTab(event, focusableIn(event.currentTarget))}
      >
        <div class={styles.bar}>
          <Heading level={props.headingLevel} class={styles.title}>
            {props.title}
          </Heading>
          <button
            ref={closeRef}
            type="button"
            class={button.secondary}
            onClick={() => setOpen(false)}
          >
            {props.t('launcher.close')}
          </button>
        </div>
        {opened ? (
          <InDialog.Provider value>
            <div class={styles.content}>{props.children}</div>
          </InDialog.Provider>
        ) : null}
      </dialog>
    </div>
  );
}
