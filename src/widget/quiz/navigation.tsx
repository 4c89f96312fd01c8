import type { ComponentChildren } from 'preact';
import { button, actions as actionsClass } from '../ui/button.css';
import { useWidget } from '../widget-context';
import type { StepProps } from './step-heading';

/** Back and Start again, on every screen after the first. */
export function Navigation({
  dispatch,
  children,
}: {
  dispatch: StepProps['dispatch'];
  children?: ComponentChildren;
}) {
  const { t } = useWidget();
  return (
    <div class={actionsClass}>
      {children}
      <button type="button" class={button.secondary} onClick={() => dispatch({ type: 'back' })}>
        {t('quiz.back')}
      </button>
      <button type="button" class={button.secondary} onClick={() => dispatch({ type: 'restart' })}>
        {t('quiz.restart')}
      </button>
    </div>
  );
}
