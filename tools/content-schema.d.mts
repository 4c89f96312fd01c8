export function contentSchema(
  englishContent: unknown,
  limits?: { maxEntries?: number; maxTextLength?: number },
): Record<string, unknown>;
