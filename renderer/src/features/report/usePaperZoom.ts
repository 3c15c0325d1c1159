// The preview's pages keep their A4 proportions but shrink to the room there is (a laptop at 125% or
// 150% scaling, the side panel open), so no page is cut off or needs sideways scrolling.
import { useLayoutEffect, useRef, type RefObject } from 'react';

/** A4 width and height in CSS pixels (96 per inch), with a little room for the page's shadow. */
const PORTRAIT_PX = 210 * (96 / 25.4) + 12;
const LANDSCAPE_PX = 297 * (96 / 25.4) + 12;

// The zoom last drawn: the next preview starts at it, so opening Báo cáo lays the pages out once.
// (Measuring the pages on mount forced a layout of the whole report, then another after the zoom.)
const last = { portrait: '', landscape: '' };

export function usePaperZoom<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const set = (portrait: string, landscape: string) => {
      if (el.style.getPropertyValue('--paper-zoom') !== portrait) el.style.setProperty('--paper-zoom', portrait);
      if (el.style.getPropertyValue('--paper-zoom-landscape') !== landscape) el.style.setProperty('--paper-zoom-landscape', landscape);
    };
    if (last.portrait) set(last.portrait, last.landscape);
    // The first observation comes after the first layout, before the page is painted.
    const ro = new ResizeObserver((entries) => {
      const width = entries[0]!.contentRect.width;
      last.portrait = String(Math.min(1, width / PORTRAIT_PX));
      // Landscape appendices are never drawn larger than 85%: they read well there on a laptop.
      last.landscape = String(Math.min(0.85, width / LANDSCAPE_PX));
      set(last.portrait, last.landscape);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return ref;
}
