import type { TopicContent } from './content';

/**
 * The texts a clinic's own content may add to but never replace or remove: what tells a
 * patient that something is an emergency. A schema-valid content file could otherwise make
 * the emergency result read "This is normal, no need to call anyone", or drop a red flag.
 * Pure: returns the content with the shipped texts kept, and one problem per key it refused.
 */
type Flag = TopicContent['seekHelp']['redFlags'][number];

/** Case, spacing and Unicode form do not count as a change of wording. */
const normalize = (text: string): string =>
  text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const keeps = (candidate: string, shipped: string): boolean =>
  normalize(candidate).includes(normalize(shipped));

/** Paths of the safety-critical texts, as they are named in messages. */
export const SAFETY_CRITICAL_KEYS = [
  'seekHelp.results[id=emergency].title',
  'seekHelp.results[id=emergency].body',
  'seekHelp.redFlagsQuestion',
  'seekHelp.redFlags',
  'seekHelp.emergencyGuidance',
] as const;

export function keepSafetyTexts(
  custom: TopicContent,
  shipped: TopicContent,
): { content: TopicContent; refused: string[] } {
  const refused: string[] = [];
  const seekHelp = { ...custom.seekHelp };

  const text = (key: string, candidate: string, original: string): string => {
    if (keeps(candidate, original)) return candidate;
    refused.push(key);
    return original;
  };

  const shippedEmergency = shipped.seekHelp.results.find((result) => result.id === 'emergency');
  if (shippedEmergency) {
    seekHelp.results = custom.seekHelp.results.map((result) =>
      result.id === 'emergency'
        ? {
            ...result,
            title: text(SAFETY_CRITICAL_KEYS[0], result.title, shippedEmergency.title),
            body: text(SAFETY_CRITICAL_KEYS[1], result.body, shippedEmergency.body),
          }
        : result,
    );
  }
  seekHelp.redFlagsQuestion = text(
    SAFETY_CRITICAL_KEYS[2],
    custom.seekHelp.redFlagsQuestion,
    shipped.seekHelp.redFlagsQuestion,
  );
  seekHelp.redFlags = redFlags(custom.seekHelp.redFlags, shipped.seekHelp.redFlags, refused);
  seekHelp.emergencyGuidance = text(
    SAFETY_CRITICAL_KEYS[4],
    custom.seekHelp.emergencyGuidance,
    shipped.seekHelp.emergencyGuidance,
  );
  return { content: { ...custom, seekHelp }, refused };
}

/** Every shipped red flag, worded as shipped (or with more words), then the clinic's own. */
function redFlags(custom: readonly Flag[], shipped: readonly Flag[], refused: string[]): Flag[] {
  let changed = false;
  const kept = shipped.map((flag) => {
    const theirs = custom.find((entry) => entry.id === flag.id);
    if (theirs && keeps(theirs.label, flag.label)) return theirs;
    changed = true;
    return flag;
  });
  if (changed) refused.push(SAFETY_CRITICAL_KEYS[3]);
  const added = custom.filter((entry) => !shipped.some((flag) => flag.id === entry.id));
  return [...kept, ...added];
}
