import { describe, expect, it } from 'vitest';
import { launcherVars } from './launcher-button.css';
import { placementVars } from './placement';

/** The custom property a launcher variable is set through (vanilla-extract names it var(--x)). */
const property = (variable: string) => variable.slice(4, -1);

describe('placementVars', () => {
  const placed = placementVars({
    position: 'bottom-right',
    zIndex: 50,
    offset: { inline: '16px', block: '96px' },
  });

  it('counts the offsets from the phone’s safe area, the side one from either side', () => {
    expect(placed[property(launcherVars.offsetBlock)]).toBe(
      'calc(96px + env(safe-area-inset-bottom, 0px))',
    );
    expect(placed[property(launcherVars.offsetInline)]).toBe(
      'calc(16px + max(env(safe-area-inset-left, 0px), env(safe-area-inset-right, 0px)))',
    );
  });

  it('sets the stacking order as given', () => {
    expect(placed[property(launcherVars.zIndex)]).toBe('50');
  });
});
