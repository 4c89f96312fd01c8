import { useRef, useState } from 'preact/hooks';
import * as styles from './configurator.css';

interface SnippetPanelProps {
  snippet: string;
  /** What must be done before there is a snippet to copy; empty when it is ready. */
  blockers: { message: string; fieldId: string }[];
}

/**
 * The snippet to paste and its copy button. Until the snippet can be used (no country yet,
 * an address that cannot work), the panel says what is missing instead, and the button
 * (still focusable, so a keyboard or screen-reader user finds out why) takes the admin there.
 */
export function SnippetPanel({ snippet, blockers }: SnippetPanelProps) {
  const [status, setStatus] = useState('');
  const [shownFor, setShownFor] = useState(snippet);
  const snippetRef = useRef<HTMLPreElement>(null);
  if (shownFor !== snippet) {
    setShownFor(snippet);
    setStatus('');
  }

  const copy = async () => {
    const first = blockers[0];
    if (first) {
      setStatus(`Not yet: ${first.message}`);
      document.getElementById(first.fieldId)?.focus();
      return;
    }
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus('Copied. Paste it into your page where the widget should appear.');
    } catch {
      // No clipboard permission: select the snippet so that Ctrl+C (⌘C) copies it.
      const range = document.createRange();
      if (snippetRef.current) range.selectNodeContents(snippetRef.current);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      setStatus('The snippet is selected: press Ctrl+C (or ⌘C on a Mac) to copy it.');
    }
  };

  return (
    <>
      <h2 class={styles.heading}>Your snippet</h2>
      {blockers.length ? (
        <div class={styles.blocker} id="snippet-blockers">
          {blockers.map(({ message }) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      ) : (
        <pre
          class={styles.snippet}
          ref={snippetRef}
          aria-label="Snippet to paste"
          tabIndex={0}
          id="snippet"
        >
          {snippet}
        </pre>
      )}
      <button type="button" class={styles.button} onClick={copy}>
        Copy the snippet
      </button>
      <p role="status" id="copy-status" class={styles.hint}>
        {status}
      </p>
    </>
  );
}
