import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Renders its children only once the browser has painted what came before them (the next frame,
 * then a task after it): parts below the fold, like the passages, figures and timeline charts, then
 * never delay the verdict. Meanwhile an empty placeholder says the part is still coming
 * (`aria-busy`), which is also what the end-to-end suites wait for (test/e2e/adapter.ts, openPopup).
 */
export function AfterPaint({ children }: { children: ComponentChildren }) {
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
  return ready ? <>{children}</> : <div class="after-paint" aria-busy="true" />;
}
