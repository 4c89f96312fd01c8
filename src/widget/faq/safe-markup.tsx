import { parseMarkup, type Inline } from '../../content/safe-markup';
import { useWidget } from '../widget-context';
import { Highlighted } from './highlighted';

interface InlineProps {
  fill: (text: string) => string;
  /** A normalised search query whose matches are marked. */
  highlight: string;
}

function InlineNode({ node, fill, highlight }: InlineProps & { node: Inline }) {
  const text = <Highlighted text={fill(node.text)} query={highlight} />;
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

const Inlines = ({ nodes, ...rest }: InlineProps & { nodes: Inline[] }) => (
  <>
    {nodes.map((node, i) => (
      <InlineNode key={i} node={node} {...rest} />
    ))}
  </>
);

/**
 * Renders safe markup as Preact elements and text nodes: content is never parsed as HTML,
 * and placeholders are filled after parsing, so a clinic's name stays plain text.
 */
export function SafeMarkup({ source, highlight = '' }: { source: string; highlight?: string }) {
  const { fill } = useWidget();
  return (
    <>
      {parseMarkup(source).map((block, i) =>
        block.type === 'ul' ? (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>
                <Inlines nodes={item} fill={fill} highlight={highlight} />
              </li>
            ))}
          </ul>
        ) : (
          <p key={i}>
            <Inlines nodes={block.children} fill={fill} highlight={highlight} />
          </p>
        ),
      )}
    </>
  );
}
