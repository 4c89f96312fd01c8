import type { ComponentChildren } from 'preact';
import { useWidget } from '../widget-context';
import { useListened } from './listened';

/**
 * A section, drawn at its own stage of the first view (frame-plan.ts; the first section at
 * once). Only this component renders when its stage comes, not the widget around it.
 */
export function Later({ index, children }: { index: number; children: ComponentChildren }) {
  const { firstView } = useWidget();
  const drawn = useListened(firstView, () => firstView.plan().sections > index);
  return drawn ? <>{children}</> : null;
}
