/** The comparison section's heading id: FAQ answers link to it (kept out of the lazy chunk). */
export const compareHeadingId = (idPrefix: string): string => `${idPrefix}-compare`;
