// A table body that renders only the rows in sight (plus a margin), so a board of 10,000 units
// scrolls, sorts and filters without the browser laying out every row. Rows have one fixed height
// (the caller's CSS keeps each row to it); spacer rows stand in for the rest, so the scroll bar,
// the sticky header and keyboard scrolling behave as with a full table. Shared: any long list can
// use it (the scroller is the nearest scrolling ancestor).
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const o = getComputedStyle(p).overflowY;
    if (o === 'auto' || o === 'scroll') return p;
  }
  return null;
}

export interface WindowedRowsProps<T> {
  items: readonly T[];
  /** The height of every row, in CSS pixels. */
  rowHeight: number;
  colSpan: number;
  render: (item: T, index: number) => ReactNode;
  /** Rows rendered beyond each edge of the view. */
  overscan?: number;
  className?: string;
}

export function WindowedRows<T>({ items, rowHeight, colSpan, render, overscan = 10, className }: WindowedRowsProps<T>) {
  const ref = useRef<HTMLTableSectionElement>(null);
  const [range, setRange] = useState({ start: 0, end: Math.min(items.length, 40) });

  useLayoutEffect(() => {
    const body = ref.current;
    if (!body) return;
    const scroller = scrollParent(body);
    let frame = 0;
    const update = () => {
      frame = 0;
      const top = body.getBoundingClientRect().top;
      const viewTop = scroller ? scroller.getBoundingClientRect().top : 0;
      const viewHeight = scroller ? scroller.clientHeight : window.innerHeight;
      const first = Math.floor((viewTop - top) / rowHeight) - overscan;
      const start = Math.max(0, Math.min(items.length, first));
      const end = Math.max(start, Math.min(items.length, first + Math.ceil(viewHeight / rowHeight) + 2 * overscan));
      setRange((r) => (r.start === start && r.end === end ? r : { start, end }));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    const target: HTMLElement | Window = scroller ?? window;
    target.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      target.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [items, rowHeight, overscan]);

  const start = Math.min(range.start, items.length);
  const end = Math.min(Math.max(range.end, start), items.length);
  return (
    <tbody ref={ref} className={className}>
      {start > 0 ? (
        <tr className="spacer-row" aria-hidden="true" style={{ height: start * rowHeight }}>
          <td colSpan={colSpan} />
        </tr>
      ) : null}
      {items.slice(start, end).map((it, i) => render(it, start + i))}
      {end < items.length ? (
        <tr className="spacer-row" aria-hidden="true" style={{ height: (items.length - end) * rowHeight }}>
          <td colSpan={colSpan} />
        </tr>
      ) : null}
    </tbody>
  );
}
