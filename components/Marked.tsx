/** A text with [start, end) ranges marked, as Preact elements (never innerHTML). */
export function Marked({ text, ranges }: { text: string; ranges: ReadonlyArray<readonly [number, number]> }) {
  const parts: preact.JSX.Element[] = [];
  let at = 0;
  ranges.forEach(([a, b], i) => {
    if (a < at || b <= a) return;
    if (a > at) parts.push(<span key={`t${i}`}>{text.slice(at, a)}</span>);
    parts.push(
      <mark key={`m${i}`} class="hit">
        {text.slice(a, b)}
      </mark>,
    );
    at = b;
  });
  if (at < text.length) parts.push(<span key="end">{text.slice(at)}</span>);
  return <>{parts}</>;
}
