import type { ComponentChildren } from 'preact';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Clamps a computed level (title level + depth) to the six levels HTML has. */
export const headingLevel = (level: number): HeadingLevel =>
  Math.min(6, Math.max(1, Math.round(level))) as HeadingLevel;

interface HeadingProps {
  level: number;
  class?: string;
  id?: string;
  /** -1 makes the heading a target for moving focus to, without adding a tab stop. */
  tabIndex?: number;
  children: ComponentChildren;
}

/** A heading whose level fits the host page's outline rather than a fixed <h2>. */
export function Heading({ level, children, ...rest }: HeadingProps) {
  const Tag = `h${headingLevel(level)}` as const;
  return <Tag {...rest}>{children}</Tag>;
}
