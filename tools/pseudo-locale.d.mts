export function pseudoString(text: string): string;
export function pseudoLocalize<T>(value: T, key?: string): T;
