import { findMatches, splitByMatches } from '../../content/search';

/** Text with the matches of an (already normalised) search query in <mark>. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  if (!query) return <>{text}</>;
  return (
    <>
      {splitByMatches(text, findMatches(text, query)).map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : part.text,
      )}
    </>
  );
}
