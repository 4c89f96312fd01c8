import type { Match } from '../../content/search';
import { splitByMatches } from '../../content/search/marks';

/** Text with the ranges that `marks` finds in it (a search's matches) in <mark>. */
export function Highlighted({ text, marks }: { text: string; marks?: (text: string) => Match[] }) {
  if (!marks) return <>{text}</>;
  return (
    <>
      {splitByMatches(text, marks(text)).map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : part.text,
      )}
    </>
  );
}
