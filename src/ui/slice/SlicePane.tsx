/**
 * One slice (issue 16): the swatches over it, the canvas (skin and ink drawn once per state, the
 * light running over a copy), the parts' labels in a column beside it with leader lines, and what
 * is happening now in plain words below.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { SLICE_WIDTH_MM } from '../../model/slice.ts';
import { exposeForScripts } from '../../expose.ts';
import { AIR_MM, drawSlice, sliceHeightFor } from './draw.ts';
import { drawLight } from './draw-light.ts';
import type { ShownBand } from './photons.ts';
import type { SliceText } from './slice-text.ts';
import { LIGHT_HOLD_S, LIGHT_RUN_S, type PaneState, captions, namedParts, paneModel, partAnchors, reducedMotion } from './pane-model.ts';

/** Where the numbers go: at each part, moved left along the slice while another number is there. */
function numberSpots(at: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const placed: Array<[number, number]> = [];
  for (const [x0, y] of at) {
    let x = x0;
    while (placed.some(([px, py]) => Math.hypot(px - x, py - y) < 19)) x -= 19;
    placed.push([x, y]);
  }
  return placed;
}

/** Figures narrower than this (CSS px) number their parts instead of labelling them beside. */
const COMPACT_BELOW_PX = 600;

export function SlicePane({
  st,
  t,
  lang,
  label,
  photons,
  runStart,
  index,
  maxHeightPx,
}: {
  st: PaneState;
  t: SliceText;
  lang: 'en' | 'es';
  label: string | null;
  photons: ShownBand[] | null;
  runStart: number;
  index: number;
  /** The tallest the canvas may be, so every pane fits the view without scrolling. */
  maxHeightPx: number;
}) {
  const m = useMemo(() => paneModel(st), [st]);
  const canvas = useRef<HTMLCanvasElement>(null);
  const still = useRef<HTMLCanvasElement | null>(null);
  const figure = useRef<HTMLDivElement>(null);
  const labelsBox = useRef<HTMLOListElement>(null);
  const [widthPx, setWidthPx] = useState(0);
  // A narrow figure (a phone): the canvas takes the whole width, the parts are numbered on it and
  // listed below it, since a column of labels beside it would leave the slice a thumbnail.
  const [compact, setCompact] = useState(false);
  // Each label's top and where the last one ends (CSS px), from the labels' measured heights.
  const [{ tops, labelsBottom }, setLabels] = useState<{ tops: number[]; labelsBottom: number }>({ tops: [], labelsBottom: 0 });
  const parts = useMemo(() => namedParts(m.tally), [m]);
  const anchors = useMemo(() => partAnchors(m.look), [m]);

  // The canvas takes the figure's width less the labels' column, in whole CSS pixels.
  useLayoutEffect(() => {
    const box = figure.current;
    if (!box) return;
    const fit = (): void => {
      const narrow = box.clientWidth < COMPACT_BELOW_PX;
      setCompact(narrow);
      const labels = narrow ? 0 : (labelsBox.current?.offsetWidth ?? 0) + 16;
      const byHeight = maxHeightPx > 0 ? maxHeightPx / (sliceHeightFor(1000) / 1000) : Infinity;
      setWidthPx(Math.max(120, Math.floor(Math.min(box.clientWidth - labels, byHeight))));
    };
    fit();
    const watch = new ResizeObserver(fit);
    watch.observe(box);
    return () => watch.disconnect();
  }, [maxHeightPx]);
  const heightPx = sliceHeightFor(widthPx);
  const s = widthPx / SLICE_WIDTH_MM;

  // The still part (skin and ink) is drawn once per state; the light runs over a copy of it.
  useEffect(() => {
    const c = canvas.current;
    if (!c || widthPx <= 0) return;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    const w = Math.round(widthPx * dpr);
    c.width = w;
    c.height = sliceHeightFor(w);
    const off = (still.current ??= document.createElement('canvas'));
    off.width = c.width;
    off.height = c.height;
    const octx = off.getContext('2d', { willReadFrequently: true });
    // Drawn on the CPU: a 2D canvas on the GPU is slow to read back (the export and the tests read it) and
    // gains little for a few thousand dots.
    const ctx = c.getContext('2d', { willReadFrequently: true });
    if (!octx || !ctx) return;
    drawSlice(octx, m.look, w);
    let frame = 0;
    const paint = (progress: number): void => {
      ctx.clearRect(0, 0, c.width, c.height);
      ctx.drawImage(off, 0, 0);
      if (photons) drawLight(ctx, m.look, w, photons, progress);
    };
    if (!photons || reducedMotion()) {
      paint(1);
      return;
    }
    let painted = -1;
    const tick = (now: number): void => {
      const cycle = ((now - runStart) / 1000) % (LIGHT_RUN_S + LIGHT_HOLD_S);
      const progress = Math.min(1, cycle / LIGHT_RUN_S);
      // While the light rests on its whole paths nothing changes: nothing is drawn.
      if (progress !== painted) paint(progress);
      painted = progress;
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [m, widthPx, photons, runStart]);

  // Scripts (the tests) read what each pane drew.
  useEffect(() => {
    const w = window as unknown as { smp?: { slice?: { panes?: unknown[] } } };
    const panes = [...(w.smp?.slice?.panes ?? [])];
    panes[index] = {
      drawn: m.tally,
      deposits: m.slice.deposits.map((d) => ({
        day: d.deposit.day,
        dose: d.deposit.dose,
        ageDays: d.ageDays,
        spawned: d.spawned,
        retained: d.retained,
        sigmaMm: d.sigmaMm,
        site: d.site,
      })),
      particles: m.slice.particles.map((p) => [p.xMm, p.zMm, p.kind, p.site, p.deposit]),
      sites: m.slice.sites,
      swatches: m.swatches,
      years: st.years,
      photons: photons?.map((b) => ({ nm: b.nm, meanDeepestMm: b.meanDeepestMm, shown: b.shown.length, inkShare: b.inkShare })) ?? null,
      widthPx,
      heightPx,
    };
    exposeForScripts('slice', { panes });
  }, [m, photons, index, st.years, widthPx, heightPx]);
  // A pane that goes (compare off, the slice hidden) leaves nothing behind for scripts to read.
  useEffect(
    () => () => {
      const w = window as unknown as { smp?: { slice?: { panes?: unknown[] } } };
      const panes = [...(w.smp?.slice?.panes ?? [])];
      panes[index] = null;
      exposeForScripts('slice', { panes });
    },
    [index],
  );

  // Labels in a column beside the slice, each as near its part's depth as the others allow.
  useLayoutEffect(() => {
    if (compact) {
      setLabels((prev) => (prev.tops.length === 0 ? prev : { tops: [], labelsBottom: 0 }));
      return;
    }
    const items = labelsBox.current ? [...labelsBox.current.children].map((el) => (el as HTMLElement).offsetHeight) : [];
    const want = parts.map((k) => (anchors[k]!.zMm + AIR_MM) * s);
    const order = want.map((y, i) => [y, i] as const).sort((a, b) => a[0] - b[0]);
    const next = new Array<number>(parts.length).fill(0);
    let floor = 0;
    for (const [y, i] of order) {
      const h = items[i] ?? 0;
      const top = Math.max(floor, y - h / 2);
      next[i] = top;
      floor = top + h + 4;
    }
    setLabels((prev) => (prev.tops.join() === next.join() && prev.labelsBottom === floor ? prev : { tops: next, labelsBottom: floor }));
    // The words (their language) change the labels' heights too.
  }, [parts, anchors, s, t, compact]);

  const when = label ?? '';
  const lines = captions(m, t, lang);
  return (
    <figure className="slice-pane" aria-label={t.label(when)}>
      <div className="slice-top">
        {label && <span className="slice-when">{label}</span>}
        <span className="swatch">
          <span className="chip" style={{ background: m.swatches.ink }} aria-hidden="true" />
          {t.inkSwatch}
        </span>
        <span className="swatch">
          <span className="chip" style={{ background: m.swatches.skin }} aria-hidden="true" />
          {t.skinSwatch}
        </span>
        <span className="swatch">
          <span className="chip" style={{ background: m.swatches.seen }} aria-hidden="true" />
          {t.seenSwatch}
        </span>
      </div>
      <div className={`slice-figure${compact ? ' compact' : ''}`} ref={figure} style={{ minHeight: Math.max(heightPx, labelsBottom) }}>
        <canvas ref={canvas} style={{ width: widthPx, height: heightPx }} role="img" aria-label={t.label(when)} />
        <svg className="leaders" width={widthPx + 12} height={Math.max(heightPx, labelsBottom)} aria-hidden="true">
          {compact &&
            numberSpots(parts.map((k) => [anchors[k]!.xMm * s, (anchors[k]!.zMm + AIR_MM) * s] as const)).map(([x, y], i) => (
              <g key={parts[i]} transform={`translate(${x}, ${y})`}>
                <circle r={9} />
                <text textAnchor="middle" dy="0.35em">
                  {i + 1}
                </text>
              </g>
            ))}
          {!compact &&
            parts.map((k, i) => {
              const a = anchors[k]!;
              const top = tops[i];
              if (top === undefined) return null;
              const el = labelsBox.current?.children[i] as HTMLElement | undefined;
              const y = top + (el?.offsetHeight ?? 20) / 2;
              return <line key={k} x1={a.xMm * s} y1={(a.zMm + AIR_MM) * s} x2={widthPx + 12} y2={y} />;
            })}
        </svg>
        <ol className="slice-labels" ref={labelsBox} style={compact ? undefined : { left: widthPx + 12 }}>
          {parts.map((k, i) => (
            <li key={k} data-part={k} style={compact ? undefined : { top: tops[i] ?? 0 }}>
              {t.parts[k]}
            </li>
          ))}
        </ol>
        <span className="scale-label" style={{ left: 0.15 * s, top: heightPx - 0.12 * s - 0.3 * s }}>
          {t.scale}
        </span>
      </div>
      <figcaption className="slice-caption">
        {lines.map((l) => (
          <p key={l}>{l}</p>
        ))}
      </figcaption>
    </figure>
  );
}
