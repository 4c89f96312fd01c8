/** Downloads the translation chunk (translation.ts) once; a failure is retried next time. */
let pending: Promise<typeof import('./translation')> | null = null;

export function loadTranslationCode(): Promise<typeof import('./translation')> {
  return (pending ??= import('./translation').catch((cause: unknown) => {
    pending = null;
    throw cause;
  }));
}
