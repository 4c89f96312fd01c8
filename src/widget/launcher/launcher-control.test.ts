import { describe, expect, it, vi } from 'vitest';
import { requestLauncher, type LauncherControl } from './launcher-control';

describe('requestLauncher', () => {
  it('keeps a request made before the dialog is drawn', () => {
    const control: LauncherControl = {};
    const link = document.createElement('a');
    requestLauncher(control, true, link);
    expect(control).toEqual({ open: true, opener: link });
  });

  it('opens and closes a drawn dialog, keeping the first opener while it is open', () => {
    const set = vi.fn();
    const control: LauncherControl = { set };
    const link = document.createElement('a');
    const other = document.createElement('button');
    requestLauncher(control, true, link);
    requestLauncher(control, true, other);
    expect(control.opener).toBe(link);
    requestLauncher(control, false, other);
    expect(control.open).toBe(false);
    expect(set.mock.calls).toEqual([[true], [true], [false]]);
  });
});
