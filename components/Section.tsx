import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { formatInteger } from '../ui-text/i18n';

/**
 * A titled part of the popup with its count, which the reader can fold away: the heading holds a
 * disclosure button (aria-expanded), so it works with Tab, Enter and Space and screen readers say
 * whether it is open.
 */
export function Section({ id, title, count, open: initiallyOpen = true, children }: { id: string; title: string; count?: number; open?: boolean; children: ComponentChildren }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <section id={id} class={`section section-${id}`} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} class="section-heading">
        <button type="button" class="section-toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)}>
          <span class="chevron" aria-hidden="true" />
          <span class="section-title">{title}</span>
          {count !== undefined && <span class="count">{formatInteger(count)}</span>}
        </button>
      </h2>
      <div id={`${id}-body`} class="section-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
