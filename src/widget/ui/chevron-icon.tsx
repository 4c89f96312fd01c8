/** A decorative chevron; the state it shows is also in aria-expanded. */
export function ChevronIcon({ class: className }: { class?: string }) {
  return (
    <svg class={className} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" />
    </svg>
  );
}
