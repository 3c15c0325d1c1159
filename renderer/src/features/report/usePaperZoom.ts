// The preview's pages keep their A4 proportions but shrink to the room there is (a laptop at 125% or
// 150% scaling, the side panel open), so no page is cut off or needs sideways scrolling.
import { useLayoutEffect, useRef, type RefObject } from 'react';

/** A4 width and height in CSS pixels (96 per inch), with a little room for the page's shadow. */
const PORTRAIT_PX = 210 * (96 / 25.4) + 12;
const LANDSCAPE_PX = 297 * (96 / 25.4) + 12;

export function usePaperZoom<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const apply = (width: number) => {
      el.style.setProperty('--paper-zoom', String(Math.min(1, width / PORTRAIT_PX)));
      // Landscape appendices are never drawn larger than 85%: they read well there on a laptop.
      el.style.setProperty('--paper-zoom-landscape', String(Math.min(0.85, width / LANDSCAPE_PX)));
    };
    const ro = new ResizeObserver((entries) => apply(entries[0]!.contentRect.width));
    ro.observe(el);
    apply(el.clientWidth - parseFloat(getComputedStyle(el).paddingRight || '0'));
    return () => ro.disconnect();
  }, []);
  return ref;
}
