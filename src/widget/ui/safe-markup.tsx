import { parseMarkup, type Inline } from '../../i18n/safe-markup';

function InlineNode({ node }: { node: Inline }) {
  switch (node.type) {
    case 'em':
      return <em>{node.text}</em>;
    case 'strong':
      return <strong>{node.text}</strong>;
    case 'link':
      return <a href={node.href}>{node.text}</a>;
    default:
      return <>{node.text}</>;
  }
}

const Inlines = ({ nodes }: { nodes: Inline[] }) => (
  <>
    {nodes.map((node, i) => (
      <InlineNode key={i} node={node} />
    ))}
  </>
);

/** Renders safe markup as Preact elements and text nodes: content is never parsed as HTML. */
export function SafeMarkup({ source }: { source: string }) {
  return (
    <>
      {parseMarkup(source).map((block, i) =>
        block.type === 'ul' ? (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>
                <Inlines nodes={item} />
              </li>
            ))}
          </ul>
        ) : (
          <p key={i}>
            <Inlines nodes={block.children} />
          </p>
        ),
      )}
    </>
  );
}
