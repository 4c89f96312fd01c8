import { describe, expect, it, vi } from 'vitest';
import { firstViewStages } from './first-view-stages';
import { lastStage } from './frame-plan';

describe('firstViewStages', () => {
  it('advances one stage at a time, telling its listeners, until the last', () => {
    const stages = firstViewStages();
    const heard = vi.fn();
    stages.listen(heard);
    expect(stages.plan(3)).toMatchObject({ sections: 1, answers: false, complete: false });
    const more: boolean[] = [];
    for (let step = 0; step < lastStage(3) + 2; step += 1) more.push(stages.advance(3));
    expect(more).toEqual([true, true, true, false, false, false]);
    expect(heard).toHaveBeenCalledTimes(lastStage(3));
    expect(stages.plan(3)).toMatchObject({ sections: 3, formattedDate: true, complete: true });
  });

  it('goes on when sections are added before it is complete', () => {
    const stages = firstViewStages();
    while (stages.advance(1));
    expect(stages.plan(1).complete).toBe(true);
    // Stage 2 of 3 sections: the third is still to come.
    expect(stages.plan(3)).toMatchObject({ sections: 2, complete: false });
    expect(stages.advance(3)).toBe(true);
    expect(stages.advance(3)).toBe(false);
    expect(stages.plan(3).complete).toBe(true);
  });

  it('stops telling a listener that stopped listening', () => {
    const stages = firstViewStages();
    const heard = vi.fn();
    stages.listen(heard)();
    stages.advance(3);
    expect(heard).not.toHaveBeenCalled();
  });
});
