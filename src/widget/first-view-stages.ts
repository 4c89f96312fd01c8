import { framePlan, lastStage, type FramePlan } from './frame-plan';
import { listenerSet, type Listenable } from './ui/listened';

/** What the first view's current stage draws, and the means to hear of the next stage. */
export interface FirstView extends Listenable {
  plan: () => FramePlan;
}

/**
 * The first view's stage, kept outside Preact's state: each stage renders only the parts it
 * adds (through useListened), not the widget drawn so far, which would make every later
 * stage as long a task as the first.
 */
export function firstViewStages() {
  let stage = 0;
  const { listen, notify } = listenerSet();
  return {
    listen,
    plan: (sectionCount: number): FramePlan => framePlan(stage, sectionCount),
    /** Draws the next stage; false once there is none after it. */
    advance: (sectionCount: number): boolean => {
      if (stage >= lastStage(sectionCount)) return false;
      stage += 1;
      notify();
      return stage < lastStage(sectionCount);
    },
  };
}
