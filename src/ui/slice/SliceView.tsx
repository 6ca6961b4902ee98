/**
 * Under the skin (issue 16): the cross-section beside the head (or photo), or on its own, driven by
 * the same state as the head: every control moves it. With compare on, two slices: now and the
 * other side (its time and lifestyle). It loads when first opened; none of it is in the first view.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { type SimStoreApi, useSim, useSimFields } from '../../state/store.ts';
import { type SimState, conditionsFor, versusPatch } from '../../state/sim-state.ts';
import { useText } from '../text/index.ts';
import { BAND_COLOURS } from './draw-light.ts';
import { type ShownBand, photonPaths } from './photons.ts';
import { SLICE_TEXT } from './slice-text.ts';
import { FIELDS, type PaneState, REM_PX, STILL_FRAME_MS, reducedMotion } from './pane-model.ts';
import { SlicePane } from './SlicePane.tsx';
import './slice.css';

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
    if (compare === null) return [{ st: shown, label: ui.paneAt(shown.years) }];
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
        <p>{photons.key === key && photons.failed ? t.lightFailed : blue !== undefined && red !== undefined ? t.lightNote(blue, red, lang) : t.lightBusy}</p>
        <p>{t.swatchNote}</p>
        <p className="slice-notes">{t.notes}</p>
      </footer>
    </section>
  );
}
