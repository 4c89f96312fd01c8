import { parseMarkup, type Inline } from '../../i18n/safe-markup';
import { useWidget } from '../widget-context';

function InlineNode({ node, fill }: { node: Inline; fill: (text: string) => string }) {
  const text = fill(node.text);
  switch (node.type) {
    case 'em':
      return <em>{text}</em>;
    case 'strong':
      return <strong>{text}</strong>;
    case 'link':
      return <a href={node.href}>{text}</a>;
    default:
      return <>{text}</>;
  }
}

const Inlines = ({ nodes, fill }: { nodes: Inline[]; fill: (text: string) => string }) => (
  <>
    {nodes.map((node, i) => (
      <InlineNode key={i} node={node} fill={fill} />
    ))}
  </>
);

/**
 * Renders safe markup as Preact elements and text nodes: content is never parsed as HTML,
 * and placeholders are filled after parsing, so a clinic's name stays plain text.
 */
export function SafeMarkup({ source }: { source: string }) {
  const { fill } = useWidget();
  return (
    <>
      {parseMarkup(source).map((block, i) =>
        block.type === 'ul' ? (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>
                <Inlines nodes={item} fill={fill} />
              </li>
            ))}
          </ul>
        ) : (
          <p key={i}>
            <Inlines nodes={block.children} fill={fill} />
          </p>
        ),
      )}
    </>
  );
}
