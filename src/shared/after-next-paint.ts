/**
 * Calls `callback` in a task of its own after the browser has painted the next frame: an
 * animation frame callback runs just before that frame's paint, and a task it queues runs
 * after it. A page that paints no frame (a hidden tab) gets the call after 100 ms, as Preact's
 * effects do. Returns what cancels the call.
 */
export function afterNextPaint(callback: () => void): () => void {
  let pending = true;
  const run = () => {
    if (!pending) return;
    pending = false;
    clearTimeout(fallback);
    callback();
  };
  const fallback = setTimeout(run, 100);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run));
  return () => {
    pending = false;
    clearTimeout(fallback);
  };
}
