import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Renders its children only once the browser has painted what came before them (the next frame,
 * then a task after it): parts below the fold, like the passages, figures and timeline charts, then
 * never delay the verdict. Meanwhile a placeholder says the part is still coming: `aria-busy` for
 * assistive technology (also what the end-to-end suites wait for: test/e2e/adapter.ts, openPopup)
 * and, given a `label`, a short line of text ("Finding passages…"). The line takes its place at
 * once, so nothing moves when it shows, but stays transparent for a moment (popup.css,
 * .after-paint-label): on a small corpus the content follows within a frame or two and the text
 * would only flicker; with thousands of articles it shows.
 */
export function AfterPaint({ children, label }: { children: ComponentChildren; label?: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setReady(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  if (ready) return <>{children}</>;
  return (
    <div class="after-paint" aria-busy="true">
      {label && <p class="state state-busy after-paint-label">{label}</p>}
    </div>
  );
}
