import { describe, expect, it } from 'vitest';
import { pruneUnusedVars } from './prune-css-vars';

describe('pruneUnusedVars', () => {
  it('keeps the custom properties a rule reads, and those they read in turn', () => {
    const css =
      '.t{--a:red;--b:var(--a);--c:blue}.r{color:var(--b);background:var(--x,var(--d))}.s{--d:1px}';
    expect(pruneUnusedVars(css)).toBe(
      '.t{--a:red;--b:var(--a)}.r{color:var(--b);background:var(--x,var(--d))}.s{--d:1px}',
    );
  });

  it('drops chains that nothing reads, and the rules and at-rules left empty', () => {
    const css =
      '.t{--a:red;--b:var(--a)}@media (prefers-color-scheme:dark){.t{--b:var(--a)}}.r{color:green}';
    expect(pruneUnusedVars(css)).toBe('.r{color:green}');
  });

  it('keeps values with commas, quotes and parentheses whole', () => {
    const css = '.t{--f:var(--p,system-ui, "Segoe UI", sans-serif);--z:9}.r{font-family:var(--f)}';
    expect(pruneUnusedVars(css)).toBe(
      '.t{--f:var(--p,system-ui, "Segoe UI", sans-serif)}.r{font-family:var(--f)}',
    );
  });

  it('leaves a sheet without custom properties as it is', () => {
    const css = '.r{color:red}@media print{.r{display:none}}';
    expect(pruneUnusedVars(css)).toBe(css);
  });
});
