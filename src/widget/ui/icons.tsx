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

const LEVEL_PATHS = {
  // A warning triangle with an exclamation mark.
  emergency: 'M12 3 2 21h20L12 3zm0 6v6m0 2.5v1.5',
  // A telephone handset.
  contact:
    'M6.6 3.5 9 3l1.8 4.6-2.2 1.5a11 11 0 0 0 6.3 6.3l1.5-2.2L21 15l-.5 2.4A3 3 0 0 1 17.6 20 15 15 0 0 1 4 6.4a3 3 0 0 1 2.6-2.9z',
  // An eye.
  watch: 'M2 12s3.6-6 10-6 10 6 10 6-3.6 6-10 6S2 12 2 12zm10-3a3 3 0 1 0 0 6 3 3 0 0 0 0-6z',
  // A tick in a circle.
  expected: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-4.5 10 3 3 6-6',
} as const;

/** A distinct shape per result level, so the level never depends on colour alone. */
export function LevelIcon({
  level,
  class: className,
}: {
  level: keyof typeof LEVEL_PATHS;
  class?: string;
}) {
  return (
    <svg class={className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={LEVEL_PATHS[level]}
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linejoin="round"
        stroke-linecap="round"
      />
    </svg>
  );
}
