/** A passage with its matched words highlighted. The passage is article text: it is shown as text, never read as markup. */
import type { SnippetPart } from '../../shared/library';

export function Snippet({ parts, className }: { parts: readonly SnippetPart[]; className?: string }) {
  return (
    <span className={className}>
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </span>
  );
}
