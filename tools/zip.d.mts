export function writeZip(entries: { name: string; data?: Buffer }[]): Buffer;
export function readZip(
  zip: Buffer,
): { name: string; data: Buffer; mode: number; date: number; time: number }[];
