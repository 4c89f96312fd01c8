export const PLUGIN_ZIP: string;
export function pluginEntries(dir?: string, prefix?: string): { name: string; data?: Buffer }[];
