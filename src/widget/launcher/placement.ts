import { inlineVars } from '../../styles/inline-vars';
import type { LauncherOffset, LauncherPosition } from '../../shared/option-types';
import { launcherVars } from './launcher-button.css';

export interface LauncherPlacement {
  position: LauncherPosition;
  zIndex: number;
  offset: LauncherOffset;
}

const inset = (side: string) => `env(safe-area-inset-${side}, 0px)`;

/**
 * The custom properties that place the launcher button and its dialog. The offsets count from
 * the safe area: clear of a phone's rounded corners, notch and home indicator (the insets are
 * non-zero on hosts with viewport-fit=cover). The side offset takes either side's inset, since
 * the button changes sides in right-to-left. Here, not in the CSS: this code is in the launcher's
 * files only, not in every widget's first view.
 */
export const placementVars = ({ zIndex, offset }: LauncherPlacement): Record<string, string> =>
  inlineVars(launcherVars, {
    zIndex: String(zIndex),
    offsetInline: `calc(${offset.inline} + max(${inset('left')}, ${inset('right')}))`,
    offsetBlock: `calc(${offset.block} + ${inset('bottom')})`,
  });
