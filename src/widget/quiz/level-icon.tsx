/**
 * The result icons of the check: only its later screens (the quiz-steps chunk) show them, so
 * their drawings are not part of the first view.
 */
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
