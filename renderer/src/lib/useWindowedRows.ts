// Windowing for long tables: only the rows in view (plus a margin) are in the page, with two
// spacer rows keeping the scroll height. Row heights differ (titles wrap), so each rendered row
// is measured and remembered by key; unmeasured rows count at the estimate.
import { useCallback, useLayoutEffect, useMemo, useReducer, useRef, useState, type RefObject } from 'react';

export interface RowWindow {
  start: number;
  end: number;
  /** Heights of the spacer rows before and after the rendered ones (0 = leave the spacer out). */
  before: number;
  after: number;
  /** Brings row `index` into view (for focus requests on a row that is not rendered yet). */
  scrollToIndex: (index: number) => void;
}

interface Options {
  count: number;
  keyAt: (index: number) => string | number;
  scrollRef: RefObject<HTMLElement | null>;
  /** The tbody whose rows carry data-vkey: measured after each render. */
  bodyRef: RefObject<HTMLElement | null>;
  estimate: number;
  overscan?: number;
}

/** Lists up to this size render whole: nothing to gain, and find-in-page keeps working. */
const SMALL = 60;

export function useWindowedRows({ count, keyAt, scrollRef, bodyRef, estimate, overscan = 10 }: Options): RowWindow {
  const heights = useRef(new Map<string | number, number>());
  const [measured, remeasured] = useReducer((n: number) => n + 1, 0);
  const [view, setView] = useState({ top: 0, height: 800 });

  // Offsets of every row: a prefix sum, O(n) per change of the list or of a measured height.
  const offsets = useMemo(() => {
    const out = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) out[i + 1] = out[i]! + (heights.current.get(keyAt(i)) ?? estimate);
    return out;
    // keyAt changes with the list it reads; `measured` after new heights.
  }, [count, keyAt, estimate, measured]);

  const onScroll = useCallback(() => {
    const el = scrollRef.current;
    const body = bodyRef.current;
    if (!el || !body) return;
    // The table head and anything above the body scroll with it.
    const headOffset = body.offsetTop;
    setView((v) => {
      const top = Math.max(0, el.scrollTop - headOffset);
      const height = el.clientHeight;
      return Math.abs(v.top - top) < 1 && v.height === height ? v : { top, height };
    });
  }, [scrollRef, bodyRef]);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(onScroll);
    };
    onScroll();
    el.addEventListener('scroll', schedule, { passive: true });
    const ro = new ResizeObserver(schedule);
    ro.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('scroll', schedule);
      ro.disconnect();
    };
  }, [scrollRef, onScroll]);

  const small = count <= SMALL;
  let start = 0;
  let end = count;
  if (!small) {
    start = Math.max(0, lowerBound(offsets, view.top) - 1 - overscan);
    end = Math.min(count, lowerBound(offsets, view.top + view.height) + overscan);
  }

  // Measure what was rendered; a changed height re-computes the offsets once.
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body || small) return;
    let changed = false;
    for (const tr of body.querySelectorAll<HTMLElement>(':scope > tr[data-vkey]')) {
      const key = tr.dataset.vkey!;
      const k: string | number = /^\d+$/.test(key) ? Number(key) : key;
      const h = tr.offsetHeight;
      if (h > 0 && heights.current.get(k) !== h) {
        heights.current.set(k, h);
        changed = true;
      }
    }
    if (changed) remeasured();
  });

  const scrollToIndex = useCallback(
    (index: number) => {
      const el = scrollRef.current;
      const body = bodyRef.current;
      if (!el || !body || index < 0 || index >= count) return;
      el.scrollTop = body.offsetTop + offsets[index]! - el.clientHeight / 3;
      onScroll();
    },
    [scrollRef, bodyRef, count, offsets, onScroll],
  );

  return { start, end, before: offsets[start]!, after: offsets[count]! - offsets[end]!, scrollToIndex };
}

/** The first index i with offsets[i] >= value. */
function lowerBound(offsets: Float64Array, value: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
