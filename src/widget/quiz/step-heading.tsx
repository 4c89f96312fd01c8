import type { ComponentChildren } from 'preact';
import type { TopicContent } from '../../content/content';
import { headingLevel as clampLevel } from '../ui/heading';
import * as styles from './quiz.css';
import type { QuizAction, QuizState } from './quiz-state';

export interface StepProps {
  state: QuizState;
  dispatch: (action: QuizAction) => void;
  content: TopicContent;
  headingLevel: number;
  headingRef: { current: HTMLHeadingElement | null };
}

/** The focus target of each step: a heading that script can focus but Tab skips. */
export function StepHeading({
  level,
  headingRef,
  class: className,
  id,
  children,
}: {
  level: number;
  id?: string;
  headingRef: StepProps['headingRef'];
  class?: string;
  children: ComponentChildren;
}) {
  const Tag = `h${clampLevel(level)}` as 'h3';
  return (
    <Tag ref={headingRef} id={id} tabIndex={-1} class={className ?? styles.stepHeading}>
      {children}
    </Tag>
  );
}
