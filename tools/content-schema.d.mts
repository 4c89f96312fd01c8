export function contentSchema(englishContent: unknown): Record<string, unknown>;
