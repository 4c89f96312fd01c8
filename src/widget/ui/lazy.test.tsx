import { render } from 'preact';
import { waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { lazyComponent } from './lazy';

describe('lazyComponent', () => {
  it('draws the component when its code arrives between the first render and its effect', async () => {
    // Found by drawing sections a frame late: the stand-in stayed for good, because the code had
    // arrived by the time the effect ran, and nothing drew again.
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const Lazy = lazyComponent(
      'test',
      () => arrived.then(() => () => <p>the component</p>),
      () => <p>stand-in</p>,
    );
    const loading = Lazy.preload();
    const container = document.createElement('div');
    render(<Lazy />, container); // No act(): effects wait for the next frame, as in a browser.
    expect(container.textContent).toBe('stand-in');
    arrive();
    await loading;
    expect(Lazy.isLoaded()).toBe(true);
    await waitFor(() => expect(container.textContent).toBe('the component'));
  });

  it('shows the failure when the download fails between the first render and its effect', async () => {
    let fail!: () => void;
    const failing = new Promise<never>((_, reject) => (fail = () => reject(new Error('offline'))));
    const Lazy = lazyComponent(
      'test',
      () => failing,
      (_props, failed) => <p>{failed ? 'failed' : 'stand-in'}</p>,
    );
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const loading = Lazy.preload();
      const container = document.createElement('div');
      render(<Lazy />, container);
      expect(container.textContent).toBe('stand-in');
      fail();
      await loading;
      await waitFor(() => expect(container.textContent).toBe('failed'));
      expect(error).toHaveBeenCalledTimes(1);
    } finally {
      error.mockRestore();
    }
  });
});
