// A windowed list: only the rows in view (plus a margin) are in the DOM, so a
// 10,000-record history scrolls as lightly as a short one. A listbox with
// aria-activedescendant: focus stays on the list while the arrow keys move
// the active row, Enter or Space opens it.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps {
  total: number;
  rowHeight: number;
  height: number;
  label: string;
  /** id prefix for the rows (aria-activedescendant). */
  idPrefix: string;
  active: number;
  onActive(i: number): void;
  onOpen(i: number): void;
  /** Rows in view changed: load what is missing. */
  onRange(first: number, last: number): void;
  renderRow(i: number): ComponentChildren;
}

const MARGIN = 6;

export function VirtualList(p: VirtualListProps) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / p.rowHeight) - MARGIN);
  const last = Math.min(p.total - 1, Math.ceil((scrollTop + p.height) / p.rowHeight) + MARGIN);

  useEffect(() => { if (p.total > 0) p.onRange(first, last); }, [first, last, p.total]);

  // Keep the active row in view when it moves by keyboard.
  useEffect(() => {
    const el = box.current;
    if (!el || p.active < 0) return;
    const top = p.active * p.rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + p.rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + p.rowHeight - el.clientHeight;
  }, [p.active]);

  const onKey = (e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor(p.height / p.rowHeight) - 1);
    const move = (i: number) => { e.preventDefault(); p.onActive(Math.max(0, Math.min(p.total - 1, i))); };
    switch (e.key) {
      case 'ArrowDown': return move(p.active + 1);
      case 'ArrowUp': return move(p.active - 1);
      case 'PageDown': return move(p.active + page);
      case 'PageUp': return move(p.active - page);
      case 'Home': return move(0);
      case 'End': return move(p.total - 1);
      case 'Enter':
      case ' ':
        if (p.active >= 0) { e.preventDefault(); p.onOpen(p.active); }
    }
  };

  const rows: ComponentChildren[] = [];
  for (let i = first; i <= last; i++) {
    rows.push(
      <div
        key={i}
        id={`${p.idPrefix}-${i}`}
        role="option"
        aria-selected={i === p.active}
        aria-posinset={i + 1}
        aria-setsize={p.total}
        class={`vrow${i === p.active ? ' active' : ''}`}
        style={{ top: `${i * p.rowHeight}px`, height: `${p.rowHeight}px` }}
        onClick={() => { p.onActive(i); p.onOpen(i); }}
      >
        {p.renderRow(i)}
      </div>,
    );
  }
  return (
    <div
      ref={box}
      class="vlist"
      role="listbox"
      tabIndex={0}
      aria-label={p.label}
      aria-activedescendant={p.active >= 0 && p.active < p.total ? `${p.idPrefix}-${p.active}` : undefined}
      style={{ height: `${p.height}px` }}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
      onKeyDown={onKey}
      onFocus={() => { if (p.active < 0 && p.total > 0) p.onActive(0); }}
      data-testid="history-list"
    >
      <div class="vlist-inner" style={{ height: `${p.total * p.rowHeight}px` }}>{rows}</div>
    </div>
  );
}
