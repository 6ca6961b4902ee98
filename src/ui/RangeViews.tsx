/** The two small best- and worst-case views under the plot (drawn by the scene into these canvases). */
import { useEffect, useRef } from 'react';
import { type SimStoreApi, useSim } from '../state/store.ts';
import { type RangeEnd, setRangeTarget } from '../render/range-views.ts';
import { useText } from './text/index.ts';

function RangeCanvas({ which }: { which: RangeEnd }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const c = ref.current;
    if (!c) return;
    // Device pixels, so the copy is sharp.
    const ratio = Math.min(2, window.devicePixelRatio || 1);
    c.width = Math.round(c.clientWidth * ratio) || 160;
    c.height = Math.round(c.clientHeight * ratio) || 110;
    setRangeTarget(which, c);
    return () => setRangeTarget(which, null);
  }, [which]);
  return <canvas ref={ref} className="range-view" data-testid={`range-${which}`} aria-hidden="true" />;
}

export function RangeViews({ store, bestYears, worstYears }: { store: SimStoreApi; bestYears: number; worstYears: number }) {
  const t = useText(store);
  const range = useSim(store, (s) => s.range);
  const set = useSim(store, (s) => s.set);
  return (
    <div className="range">
      <label className="toggle">
        <input type="checkbox" checked={range} onChange={(e) => set({ range: e.currentTarget.checked })} />
        {t.showRange}
      </label>
      {range && (
        <div className="range-views">
          <figure>
            <RangeCanvas which="best" />
            <figcaption>{t.bestCaption(bestYears.toFixed(1))}</figcaption>
          </figure>
          <figure>
            <RangeCanvas which="worst" />
            <figcaption>{t.worstCaption(worstYears.toFixed(1))}</figcaption>
          </figure>
        </div>
      )}
    </div>
  );
}
