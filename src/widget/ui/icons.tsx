import * as styles from './icons.css';

/** A decorative chevron; the state it shows is also in aria-expanded. */
export function ChevronIcon({ class: className }: { class?: string }) {
  return (
    <svg class={className} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" />
    </svg>
  );
}

/** "Forward": points the way text runs, so it is mirrored in right-to-left languages. */
export function ForwardArrowIcon() {
  return (
    <svg class={styles.forwardArrow} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M3 8h9M8 4l4 4-4 4" fill="none" stroke="currentColor" stroke-width="2" />
    </svg>
  );
}
