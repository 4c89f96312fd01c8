import { describe, expect, expectTypeOf, it } from 'vitest';
import type { WidgetEventDetails } from './embed/events';
import { OPTION_KEYS } from './embed/options';
import { type WidgetOptions } from './shared/option-types';
import type { MountOptions, WidgetEventMap } from './public-types';

/** Every option, once: a key missing here or extra fails to compile. */
const MOUNT_OPTION_KEYS: Record<keyof MountOptions, true> = {
  sections: true,
  lang: true,
  clinicName: true,
  clinicPhone: true,
  bookingUrl: true,
  country: true,
  emergencyNumber: true,
  contentUrl: true,
  contentId: true,
  accent: true,
  colorScheme: true,
  headingLevel: true,
  deepLinkPrefix: true,
  updateUrl: true,
  structuredData: true,
  nonce: true,
  mode: true,
  launcherPosition: true,
  launcherOffset: true,
  zIndex: true,
  lazy: true,
};

describe('the npm package’s hand-written types', () => {
  it('name exactly the options the widget parses', () => {
    expectTypeOf<keyof MountOptions>().toEqualTypeOf<keyof WidgetOptions>();
    expect(Object.keys(MOUNT_OPTION_KEYS).sort()).toEqual([...OPTION_KEYS].sort());
  });

  it('name exactly the events the widget dispatches, with their details', () => {
    expectTypeOf<
      keyof WidgetEventMap
    >().toEqualTypeOf<`clinic-widget:${keyof WidgetEventDetails}`>();
    expectTypeOf<WidgetEventMap['clinic-widget:quiz-result']['detail']>().toEqualTypeOf<
      WidgetEventDetails['quiz-result']
    >();
  });
});
