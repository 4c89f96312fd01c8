import { parseMarkup, type Inline } from '../../content/safe-markup';
import type { ComponentChildren } from 'preact';
import { useWidget } from '../widget-context';

interface InlineProps {
  fill: (text: string) => string;
  /** Renders a piece of text (a search result marks its matches in it). */
  text: (text: string) => ComponentChildren;
}

function InlineNode({ node, fill, text: render }: InlineProps & { node: Inline }) {
  const text = render(fill(node.text));
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
export function SafeMarkup({
  source,
  text = String,
}: {
  source: string;
  text?: (text: string) => ComponentChildren;
}) {
  const { fill } = useWidget();
  return (
    <>
      {parseMarkup(source).map((block, i) =>
        block.type === 'ul' ? (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>
                <Inlines nodes={item} fill={fill} text={text} />
              </li>
            ))}
          </ul>
        ) : (
          <p key={i}>
            <Inlines nodes={block.children} fill={fill} text={text} />
          </p>
        ),
      )}
    </>
  );
}
