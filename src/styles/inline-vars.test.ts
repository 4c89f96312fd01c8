import { assignInlineVars } from '@vanilla-extract/dynamic';
import { describe, expect, it } from 'vitest';
import { launcherVars } from '../widget/launcher/launcher-button.css';
import { defaultAccent } from './accent';
import { inlineVars } from './inline-vars';
import { accentVars } from './theme.css';

describe('inlineVars', () => {
  it('sets the same properties as vanilla-extract’s assignInlineVars', () => {
    expect(inlineVars(accentVars, { ...defaultAccent })).toEqual(
      assignInlineVars(accentVars, { ...defaultAccent }),
    );
    const placement = { zIndex: '9000', offsetInline: '20px', offsetBlock: '1.5rem' };
    expect(inlineVars(launcherVars, placement)).toEqual(assignInlineVars(launcherVars, placement));
    expect(Object.keys(inlineVars(accentVars, { ...defaultAccent }))).toHaveLength(4);
  });
});
