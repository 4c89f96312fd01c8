import { inlineVars } from '../../styles/inline-vars';
import type { LauncherOffset, LauncherPosition } from '../../shared/option-types';
import { launcherVars } from './launcher-button.css';

export interface LauncherPlacement {
  position: LauncherPosition;
  zIndex: number;
  offset: LauncherOffset;
}

/** The custom properties that place the launcher button and its dialog. */
export const placementVars = ({ zIndex, offset }: LauncherPlacement): Record<string, string> =>
  inlineVars(launcherVars, {
    zIndex: String(zIndex),
    offsetInline: offset.inline,
    offsetBlock: offset.block,
  });
