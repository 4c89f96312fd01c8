import { useEffect, useRef, useState } from 'preact/hooks';
import * as styles from './configurator.css';
import { whenWidgetLoaded, type PreviewHandle } from './widget-api';

interface PreviewProps {
  /** Every option, null when unset, so that clearing a field clears it in the preview too. */
  options: Record<string, unknown>;
  launcher: boolean;
}

/** The real widget, mounted through its public API and updated as the admin types. */
export function Preview({ options, launcher }: PreviewProps) {
  const [error, setError] = useState('');
  const previewRef = useRef<HTMLDivElement>(null);
  const handleRef = useRef<PreviewHandle | null>(null);
  const optionsKey = JSON.stringify(options);

  useEffect(() => {
    let live = true;
    whenWidgetLoaded().then(
      (api) => {
        if (!live || !previewRef.current) return;
        handleRef.current = api.mount(previewRef.current, JSON.parse(optionsKey));
      },
      () => setError('The widget could not be loaded, so there is no preview.'),
    );
    return () => {
      live = false;
      handleRef.current?.unmount();
    };
  }, []);
  useEffect(() => handleRef.current?.update(JSON.parse(optionsKey)), [optionsKey]);

  return (
    <>
      <h2 class={styles.heading}>Preview</h2>
      <p class={styles.hint}>
        {launcher
          ? 'The launcher button floats in the corner of this page. Press it to try the window.'
          : 'This is the widget exactly as the snippet shows it on your page.'}
      </p>
      {error ? <p class={styles.error}>{error}</p> : null}
      <div class={styles.previewFrame}>
        <div ref={previewRef} id="preview" />
      </div>
    </>
  );
}
