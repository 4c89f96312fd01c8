import { describe, expect, it } from 'vitest';
import { framePlan, lastStage } from './frame-plan';

describe('framePlan', () => {
  it('draws the first section without closed answers first, then one part per stage', () => {
    const stages = Array.from({ length: lastStage(3) + 1 }, (_, stage) => framePlan(stage, 3));
    expect(stages).toEqual([
      { sections: 1, answers: false, formattedDate: false, complete: false },
      { sections: 1, answers: true, formattedDate: false, complete: false },
      { sections: 2, answers: true, formattedDate: false, complete: false },
      { sections: 3, answers: true, formattedDate: false, complete: false },
      { sections: 3, answers: true, formattedDate: true, complete: true },
    ]);
  });

  it('has a stage for the answers and one for the date with a single section', () => {
    expect(lastStage(1)).toBe(2);
    expect(framePlan(1, 1)).toEqual({
      sections: 1,
      answers: true,
      formattedDate: false,
      complete: false,
    });
    expect(framePlan(2, 1).complete).toBe(true);
  });

  it('never draws less as the stage grows, and is complete from the last stage on', () => {
    for (const count of [0, 1, 2, 3, 5]) {
      let previous = framePlan(0, count);
      for (let stage = 1; stage <= lastStage(count) + 2; stage += 1) {
        const plan = framePlan(stage, count);
        expect(plan.sections).toBeGreaterThanOrEqual(previous.sections);
        expect(plan.sections).toBeLessThanOrEqual(count);
        expect(plan.complete).toBe(stage >= lastStage(count));
        previous = plan;
      }
    }
  });

  it('treats an out-of-range stage as the nearest one', () => {
    expect(framePlan(-1, 3)).toEqual(framePlan(0, 3));
    expect(framePlan(99, 3)).toEqual(framePlan(lastStage(3), 3));
  });
});
