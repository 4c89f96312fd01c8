import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { lazyComponent } from './lazy';

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) =>
      left ? requestAnimationFrame(() => setTimeout(() => step(left - 1), 0)) : resolve();
    step(n);
  });

describe('lazyComponent', () => {
  it('renders code that arrives between its first render and its effect (preload, then open)', async () => {
    let arrive!: (component: () => preact.JSX.Element) => void;
    const Lazy = lazyComponent<object>(
      'test-chunk',
      () => new Promise((resolve) => (arrive = resolve)),
      () => <p>Loading…</p>,
    );
    // A preload on focus is under way; then a click renders the component (not through act(),
    // which would run its effect at once: in a browser the effect waits for a paint).
    void Lazy.preload();
    const container = document.createElement('div');
    document.body.append(container);
    render(<Lazy />, container);
    expect(container.textContent).toBe('Loading…');
    // The code arrives before the effect has run.
    arrive(() => <p>Here</p>);
    await Promise.resolve();
    await Promise.resolve();
    expect(Lazy.isLoaded()).toBe(true);
    for (let i = 0; i < 20 && container.textContent !== 'Here'; i += 1) await frames(1);
    expect(container.textContent).toBe('Here');
    render(null, container);
    container.remove();
  });
});
