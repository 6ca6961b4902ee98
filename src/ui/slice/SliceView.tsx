/**
 * Under the skin (issue 16): the cross-section beside the head (or photo), or on its own, driven by
 * the same state as the head: every control moves it. With compare on, two slices: now and the
 * other side (its time and lifestyle). It loads when first opened; none of it is in the first view.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { type SimStore, type SimStoreApi, useSim, useSimFields } from '../../state/store.ts';
import { CONDITION_FIELDS, PLAN_FIELDS, type SimState, conditionsFor, planFor, versusPatch } from '../../state/sim-state.ts';
import { DAYS_PER_YEAR, hairLinear, linearToHex, monkHex, pigmentShades, planErythema } from '../../model/index.ts';
import { type Slice, SLICE_WIDTH_MM, CORRECT_DEPTH_MAX_MM, slice as makeSlice, sliceSwatches } from '../../model/slice.ts';
import { skinForMonkTone } from '../../model/light/skin.ts';
import { exposeForScripts } from '../../expose.ts';
import { useText } from '../text/index.ts';
import { AIR_MM, BAND_COLOURS, type SliceLook, drawLight, drawSlice, partAnchors, sliceHeightFor } from './draw.ts';
import { type ShownBand, photonPaths } from './photons.ts';
import { type PartKey, SLICE_TEXT, type SliceText } from './slice-text.ts';
import './slice.css';

/** Seconds the light takes to run its paths, and the pause on the whole paths before it runs again. */
const LIGHT_RUN_S = 4;
const LIGHT_HOLD_S = 2;
/** With reduced motion, a time-lapse shows the slice as still frames this far apart (ms). */
const STILL_FRAME_MS = 1000;

const FIELDS = ['years', 'seed', 'density', 'skin', 'hair', 'stubble', 'mode', 'playing', ...CONDITION_FIELDS, ...PLAN_FIELDS] as const;
type PaneState = Pick<SimStore, (typeof FIELDS)[number]>;

/** The slice view's rem in CSS pixels (its captions are set in rem). */
const REM_PX = (): number => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

const reducedMotion = (): boolean => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

interface PaneModel {
  slice: Slice;
  look: SliceLook;
  swatches: ReturnType<typeof sliceSwatches>;
  depthMm: number;
  tDays: number;
  sun: number;
  oil: number;
}

function paneModel(st: PaneState): PaneModel {
  const c = conditionsFor(st);
  const plan = planFor(st);
  const tDays = st.years * DAYS_PER_YEAR;
  const sl = makeSlice({ conditions: c, plan, tDays, seed: st.seed, densityPerCm2: st.density });
  const centre = sl.sites.filter((s) => s.cls !== null).sort((a, b) => Math.abs(a.xMm - SLICE_WIDTH_MM * 0.35) - Math.abs(b.xMm - SLICE_WIDTH_MM * 0.35))[0];
  const skinHex = monkHex(Math.round(c.monkTone));
  const shades = pigmentShades(st.hair, st.mode, { monkTone: c.monkTone, needleMm: c.needleMm, needles: c.needles });
  const swatches = sliceSwatches(c, plan, tDays, skinHex, shades, st.density);
  return {
    slice: sl,
    look: {
      slice: sl,
      depthMm: c.depthMm,
      oil: c.oil,
      melanin: skinForMonkTone(c.monkTone).melanin,
      skinHex,
      hairHex: linearToHex(hairLinear(st.hair)),
      stubbleMm: st.mode === 'shaved' ? st.stubble : Math.min(st.stubble, AIR_MM),
      erythema: planErythema(plan, tDays),
      inkHex: swatches.ink,
      seed: st.seed,
      lightXMm: centre?.xMm ?? SLICE_WIDTH_MM * 0.35,
    },
    swatches,
    depthMm: c.depthMm,
    tDays,
    sun: c.sun,
    oil: c.oil,
  };
}

/** The drawn particles by kind, and what went in: what the tests hold against the model. */
function tally(sl: Slice): Record<string, number> {
  const n: Record<string, number> = { transient: 0, retained: 0, broken: 0, halo: 0 };
  for (const p of sl.particles) n[p.kind] = (n[p.kind] ?? 0) + 1;
  return { ...n, spawned: sl.deposits.reduce((s, d) => s + d.spawned, 0) };
}

/** What is happening now, in plain words. */
function captions(m: PaneModel, t: SliceText, lang: 'en' | 'es'): string[] {
  const n = tally(m.slice);
  if (n.spawned === 0) return [t.none];
  const out: string[] = [];
  const retainedShare = (n.retained! + n.broken! + n.halo!) / n.spawned!;
  const newest = Math.min(...m.slice.deposits.map((d) => d.ageDays));
  if (n.transient! / n.spawned! > 0.005) out.push(t.fresh(n.transient! / n.spawned!, lang));
  else if (m.tDays < 90) out.push(t.healed(retainedShare, m.depthMm, lang));
  else {
    const live = m.slice.deposits.filter((d) => d.retained > 0);
    const sigma = live.length ? Math.sqrt(live.reduce((s, d) => s + d.sigmaMm ** 2, 0) / live.length) : 0;
    out.push(t.years(retainedShare, sigma, lang));
    if (m.sun > 0.6 || m.oil > 0.6) out.push(t.sun);
  }
  if (m.slice.deposits.some((d) => d.deposit.offsetSteps > 0 && d.ageDays < DAYS_PER_YEAR) && newest < DAYS_PER_YEAR) out.push(t.touchUp);
  if (n.broken! > 0) out.push(t.laser);
  if (m.depthMm > CORRECT_DEPTH_MAX_MM) out.push(t.deep(m.depthMm, lang));
  return out;
}

/** The parts named this moment: the skin's always, the ink's while they are there. */
function namedParts(sl: Slice): PartKey[] {
  const n = tally(sl);
  const parts: PartKey[] = ['corneum', 'epidermis', 'junction', 'papillary', 'vessels'];
  if (n.transient! > 0) {
    parts.unshift('scab');
    parts.push('loose');
  }
  if (n.retained! > 0) parts.push('ink');
  if (n.broken! > 0) parts.push('broken');
  parts.push('gland', 'reticular', 'follicle');
  if (n.halo! > 0) parts.push('halo');
  parts.push('subcutis');
  return parts;
}

function SlicePane({
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
  const labelsBox = useRef<HTMLUListElement>(null);
  const [widthPx, setWidthPx] = useState(0);
  const [tops, setTops] = useState<number[]>([]);
  const [labelsBottom, setLabelsBottom] = useState(0);
  const parts = useMemo(() => namedParts(m.slice), [m]);
  const anchors = useMemo(() => partAnchors(m.look), [m]);

  // The canvas takes the figure's width less the labels' column, in whole CSS pixels.
  useLayoutEffect(() => {
    const box = figure.current;
    if (!box) return;
    const fit = (): void => {
      const labels = labelsBox.current?.offsetWidth ?? 0;
      const byHeight = maxHeightPx > 0 ? maxHeightPx / (sliceHeightFor(1000) / 1000) : Infinity;
      setWidthPx(Math.max(120, Math.floor(Math.min(box.clientWidth - labels - 16, byHeight))));
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
    const tick = (now: number): void => {
      const cycle = ((now - runStart) / 1000) % (LIGHT_RUN_S + LIGHT_HOLD_S);
      paint(Math.min(1, cycle / LIGHT_RUN_S));
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
      drawn: tally(m.slice),
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

  // Labels in a column beside the slice, each as near its part's depth as the others allow.
  useLayoutEffect(() => {
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
    setTops((prev) => (prev.join() === next.join() ? prev : next));
    setLabelsBottom(floor);
    // The words (their language) change the labels' heights too.
  }, [parts, anchors, s, t]);

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
      <div className="slice-figure" ref={figure} style={{ minHeight: Math.max(heightPx, labelsBottom) }}>
        <canvas ref={canvas} style={{ width: widthPx, height: heightPx }} role="img" aria-label={t.label(when)} />
        <svg className="leaders" width={widthPx + 12} height={Math.max(heightPx, labelsBottom)} aria-hidden="true">
          {parts.map((k, i) => {
            const a = anchors[k]!;
            const top = tops[i];
            if (top === undefined) return null;
            const el = labelsBox.current?.children[i] as HTMLElement | undefined;
            const y = top + (el?.offsetHeight ?? 20) / 2;
            return <line key={k} x1={a.xMm * s} y1={(a.zMm + AIR_MM) * s} x2={widthPx + 12} y2={y} />;
          })}
        </svg>
        <ul className="slice-labels" ref={labelsBox} style={{ left: widthPx + 12 }}>
          {parts.map((k, i) => (
            <li key={k} data-part={k} style={{ top: tops[i] ?? 0 }}>
              {t.parts[k]}
            </li>
          ))}
        </ul>
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

export default function SliceView({ store }: { store: SimStoreApi }) {
  const base = useSimFields(store, FIELDS);
  const lang = useSim(store, (s) => s.lang);
  const compare = useSim(store, (s) => s.compare);
  const versus = useSim(store, (s) => s.versus);
  const mode = useSim(store, (s) => s.slice);
  const ui = useText(store);
  const t = SLICE_TEXT[lang];
  const [runStart, setRunStart] = useState(() => performance.now());
  const [photons, setPhotons] = useState<{ key: string; bands: ShownBand[] | null; failed: boolean }>({ key: '', bands: null, failed: false });

  // With reduced motion a time-lapse moves the slice in still frames, not every frame.
  const [shown, setShown] = useState(base);
  const lastShown = useRef(0);
  useEffect(() => {
    if (!(base.playing && reducedMotion())) {
      setShown(base);
      lastShown.current = performance.now();
      return;
    }
    const wait = Math.max(0, STILL_FRAME_MS - (performance.now() - lastShown.current));
    const timer = setTimeout(() => {
      setShown(base);
      lastShown.current = performance.now();
    }, wait);
    return () => clearTimeout(timer);
  }, [base]);

  const c = conditionsFor(shown);
  const key = `${Math.round(c.monkTone)}:${Math.round(c.depthMm * 100) / 100}`;
  useEffect(() => {
    let alive = true;
    photonPaths(c.monkTone, c.depthMm).then(
      (bands) => alive && setPhotons({ key, bands, failed: false }),
      () => alive && setPhotons({ key, bands: null, failed: true }),
    );
    return () => {
      alive = false;
    };
  }, [key, c.monkTone, c.depthMm]);
  const bands = photons.key === key ? photons.bands : null;

  const panes: Array<{ st: PaneState; label: string | null }> = useMemo(() => {
    if (compare === null) return [{ st: shown, label: null }];
    const other: Partial<SimState> = { years: compare, ...versusPatch(versus) };
    return [
      { st: shown, label: ui.sideNow(shown.years) },
      { st: { ...shown, ...other }, label: ui.sideOther(compare, versus === 'same' ? '' : ui.versus[versus]) },
    ];
  }, [shown, compare, versus, ui]);

  // The panes share the view's height (less its heading, the captions and the notes below).
  const view = useRef<HTMLElement>(null);
  const [viewHeight, setViewHeight] = useState(0);
  useLayoutEffect(() => {
    const el = view.current;
    if (!el) return;
    const fit = (): void => setViewHeight(el.clientHeight);
    fit();
    const watch = new ResizeObserver(fit);
    watch.observe(el);
    return () => watch.disconnect();
  }, []);
  const maxHeightPx = viewHeight > 0 ? Math.max(160, (viewHeight - 15 * REM_PX()) / panes.length - 6 * REM_PX()) : 0;

  const blue = bands?.find((b) => b.nm === 460)?.meanDeepestMm;
  const red = bands?.find((b) => b.nm === 640)?.meanDeepestMm;
  return (
    <section ref={view} className={`slice-view slice-${mode}`} aria-labelledby="slice-heading" data-testid="slice-view">
      <header className="slice-head">
        <h2 id="slice-heading">{t.heading}</h2>
        <button type="button" onClick={() => setRunStart(performance.now())}>
          {t.replay}
        </button>
        <button type="button" onClick={() => store.getState().set({ slice: 'off' })}>
          {t.close}
        </button>
      </header>
      <div className="slice-panes">
        {panes.map((p, i) => (
          <SlicePane key={i} index={i} st={p.st} t={t} lang={lang} label={p.label} photons={bands} runStart={runStart} maxHeightPx={maxHeightPx} />
        ))}
      </div>
      <footer className="slice-foot">
        <p className="slice-legend">
          {([460, 540, 640] as const).map((nm) => (
            <span key={nm} className="band">
              <span className="line" style={{ background: BAND_COLOURS[nm] }} aria-hidden="true" />
              {t.bands[nm]}
            </span>
          ))}
        </p>
        <p>{photons.failed ? t.lightFailed : blue !== undefined && red !== undefined ? t.lightNote(blue, red, lang) : t.lightBusy}</p>
        <p>{t.swatchNote}</p>
        <p className="slice-notes">{t.notes}</p>
      </footer>
    </section>
  );
}
