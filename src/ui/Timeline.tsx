/**
 * The client's journey: a plot of pigment load over the years (relative to a complete healed
 * treatment) with the noticeable-fading line, the sessions, touch-ups and laser sessions, the
 * honest best-to-worst band and a draggable cursor at the current time; playback; the sessions and
 * touch-ups editor; and the two small best- and worst-case views.
 */
import { type KeyboardEvent, type PointerEvent, useEffect, useMemo, useRef } from 'react';
import {
  DAYS_PER_YEAR,
  NOTICEABLE_FADE_RATIO,
  axisToYears,
  eventDays,
  laserDays,
  nextFadeDay,
  noticeableFadeYears,
  planClasses,
  playbackYears,
  rangeBand,
  rangeConditions,
  relativePlanLoad,
  sessionDaysFor,
  yearsToAxis,
} from '../model/index.ts';
import { type SimStoreApi, useSim } from '../state/store.ts';
import { MAX_YEARS, PLAY_SECONDS, PLAY_SPEEDS, conditionsFor, planFor } from '../state/sim-state.ts';
import { type RangeEnd, setRangeTarget } from '../render/range-views.ts';
import { useText } from './text/index.ts';

/** Plot geometry (SVG user units). */
const W = 340,
  H = 190,
  L = 34,
  R = 8,
  T = 10,
  B = 26;
const Y_MAX = 1.3;
const END = MAX_YEARS;
const px = (years: number): number => L + (W - L - R) * yearsToAxis(years, END);
const py = (load: number): number => T + (H - T - B) * (1 - Math.min(Y_MAX, Math.max(0, load)) / Y_MAX);
const X_TICKS: readonly number[] = [30 / DAYS_PER_YEAR, 1, 2, 5, 10, 15, 20];
const POINTS = 200;

function usePlotData(store: SimStoreApi) {
  const s = useSim(store, (st) => st);
  const c = conditionsFor(s);
  const key = JSON.stringify([c, s.sessions, s.sessionDays, s.touchups, s.laser, s.laserSessions]);
  return useMemo(() => {
    const plan = planFor(s);
    const classes = planClasses(c, plan);
    // Sample evenly along the axis, plus just before and at every event so jumps are sharp.
    const days = new Set<number>();
    for (let i = 0; i <= POINTS; i++) days.add(axisToYears(i / POINTS, END) * DAYS_PER_YEAR);
    for (const d of eventDays(plan))
      if (d <= END * DAYS_PER_YEAR) {
        days.add(Math.max(0, d - 0.01));
        days.add(d);
        days.add(d + 1);
        days.add(d + 3);
      }
    const t = [...days].sort((a, b) => a - b);
    const load = t.map((d) => relativePlanLoad(c, plan, d, classes));
    const band = rangeBand(c, plan, t);
    const toXY = (d: number, v: number): string => `${px(d / DAYS_PER_YEAR).toFixed(1)},${py(v).toFixed(1)}`;
    const curve = t.map((d, i) => toXY(d, load[i]!)).join(' ');
    const area = [...t.map((d, i) => toXY(d, band[i]![1])), ...t.map((d, i) => toXY(d, band[i]![0])).reverse()].join(' ');
    const { best, worst } = rangeConditions(c);
    return {
      plan,
      classes,
      c,
      curve,
      area,
      bestYears: noticeableFadeYears(best),
      worstYears: noticeableFadeYears(worst),
      sessions: sessionDaysFor(plan).slice(0, plan.sessions),
      laser: laserDays(plan.laser),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}

export function Timeline({ store }: { store: SimStoreApi }) {
  const t = useText(store);
  const years = useSim(store, (s) => s.years);
  const touchups = useSim(store, (s) => s.touchups);
  const data = usePlotData(store);
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ kind: 'cursor' } | { kind: 'touchup'; index: number } | null>(null);
  const due = useMemo(() => nextFadeDay(data.c, data.plan, years * DAYS_PER_YEAR), [data, years]);

  const yearsAt = (e: PointerEvent): number => {
    const box = svg.current!.getBoundingClientRect();
    const x = ((e.clientX - box.left) / box.width) * W;
    return axisToYears((x - L) / (W - L - R), END);
  };
  const onDown = (e: PointerEvent<SVGSVGElement>): void => {
    const target = e.target as Element;
    const index = target.getAttribute('data-touchup');
    drag.current = index !== null ? { kind: 'touchup', index: Number(index) } : { kind: 'cursor' };
    svg.current!.setPointerCapture(e.pointerId);
    if (drag.current.kind === 'cursor') store.getState().setYears(yearsAt(e));
  };
  const onMove = (e: PointerEvent<SVGSVGElement>): void => {
    const d = drag.current;
    if (!d) return;
    if (d.kind === 'cursor') store.getState().setYears(yearsAt(e));
    else store.getState().moveTouchUp(d.index, yearsAt(e));
  };
  const onUp = (): void => {
    if (drag.current?.kind === 'touchup') store.getState().settleTouchUps();
    drag.current = null;
  };
  const onKey = (e: KeyboardEvent<SVGSVGElement>): void => {
    if (store.getState().keyYears(e.key)) e.preventDefault();
  };

  const cursorX = px(years);
  return (
    <section className="timeline" aria-label={t.timeline}>
      <svg
        ref={svg}
        className="plot"
        viewBox={`0 0 ${W} ${H}`}
        role="slider"
        tabIndex={0}
        aria-label={t.plotLabel}
        aria-valuemin={0}
        aria-valuemax={MAX_YEARS}
        aria-valuenow={Number(years.toFixed(4))}
        aria-valuetext={t.years(years)}
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onUp}
        onPointerCancel={onUp}
        onKeyDown={onKey}
      >
        <title>{t.plotTitle}</title>
        {[0, 0.5, 1].map((v) => (
          <g key={v}>
            <line className="grid" x1={L} x2={W - R} y1={py(v)} y2={py(v)} />
            <text className="tick" x={L - 4} y={py(v) + 4} textAnchor="end">
              {Math.round(v * 100)}%
            </text>
          </g>
        ))}
        {X_TICKS.map((y) => (
          <g key={y}>
            <line className="grid" x1={px(y)} x2={px(y)} y1={T} y2={H - B} />
            <text className="tick" x={px(y)} y={H - B + 14} textAnchor={y >= END ? 'end' : 'middle'}>
              {y < 1 ? t.tickMonth : t.tickYear(y)}
            </text>
          </g>
        ))}
        <polygon className="band" points={data.area} data-testid="band" />
        <line className="fade-line" x1={L} x2={W - R} y1={py(NOTICEABLE_FADE_RATIO)} y2={py(NOTICEABLE_FADE_RATIO)} />
        <text className="fade-label" x={W - R - 2} y={py(NOTICEABLE_FADE_RATIO) + 12} textAnchor="end">
          {t.noticeableFading}
        </text>
        <polyline className="curve" points={data.curve} data-testid="curve" />
        {data.sessions.map((d, i) => (
          <path key={`s${i}`} className="mark session" data-testid="session-mark" d={`M${px(d / DAYS_PER_YEAR)},${H - B} l-4,7 h8 z`}>
            <title>{t.sessionMark(i + 1, Math.round(d))}</title>
          </path>
        ))}
        {data.laser.map((d, i) => (
          <line key={`l${i}`} className="mark laser" data-testid="laser-mark" x1={px(d / DAYS_PER_YEAR)} x2={px(d / DAYS_PER_YEAR)} y1={H - B - 10} y2={H - B}>
            <title>{t.laserMark(i + 1)}</title>
          </line>
        ))}
        {due !== null && due / DAYS_PER_YEAR <= END && (
          <line className="due" data-testid="due-mark" x1={px(due / DAYS_PER_YEAR)} x2={px(due / DAYS_PER_YEAR)} y1={T} y2={H - B} />
        )}
        {touchups.map((y, i) => (
          <g key={`t${i}`} className="mark touchup" data-testid="touchup-mark">
            <line x1={px(y)} x2={px(y)} y1={T + 9} y2={H - B} />
            <circle data-touchup={i} cx={px(y)} cy={T + 6} r={6}>
              <title>{t.touchUpMark(t.years(y))}</title>
            </circle>
          </g>
        ))}
        <line className="cursor" data-testid="cursor" x1={cursorX} x2={cursorX} y1={T - 4} y2={H - B} />
        <circle className="cursor-knob" cx={cursorX} cy={H - B} r={5} />
      </svg>
      <p className="legend">
        <span className="key curve-key" /> {t.legendPlan} <span className="key band-key" /> {t.legendBand}
        {due !== null && due / DAYS_PER_YEAR <= END && (
          <>
            {' '}
            <span className="key due-key" /> {t.legendDue}
          </>
        )}
      </p>
      <Playback store={store} />
      <RangeViews store={store} bestYears={data.bestYears} worstYears={data.worstYears} />
    </section>
  );
}

/** Play/pause a time-lapse from day 0 (or where the cursor is) to the chosen end year. */
export function Playback({ store }: { store: SimStoreApi }) {
  const t = useText(store);
  const playing = useSim(store, (s) => s.playing);
  const playTo = useSim(store, (s) => s.playTo);
  const playSpeed = useSim(store, (s) => s.playSpeed);
  const set = useSim(store, (s) => s.set);
  const setPlaying = (p: boolean | ((was: boolean) => boolean)): void => set({ playing: typeof p === 'function' ? p(store.getState().playing) : p });
  useEffect(() => {
    if (!playing) return;
    const s = store.getState();
    const duration = PLAY_SECONDS / s.playSpeed;
    const startYears = s.years >= s.playTo - 1e-6 ? 0 : s.years;
    // Start from the cursor: the elapsed time that maps to it.
    const offset = yearsToAxis(startYears, s.playTo) * duration;
    const t0 = performance.now();
    let frame = requestAnimationFrame(function step(now) {
      const y = playbackYears(offset + (now - t0) / 1000, duration, s.playTo);
      set({ years: y });
      if (y >= s.playTo) set({ playing: false });
      else frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, store, set, playTo, playSpeed]);
  return (
    <div className="playback" role="group" aria-label={t.playback}>
      <button type="button" className="play" aria-pressed={playing} onClick={() => setPlaying((p) => !p)}>
        {playing ? t.pause : t.play}
      </button>
      <label>
        <span>{t.playTo}</span>
        <select aria-label={t.playToLabel} value={String(playTo)} onChange={(e) => set({ playTo: Number(e.currentTarget.value) })}>
          {[...new Set([1, 2, 5, 10, 15, 20, playTo])]
            .sort((a, b) => a - b)
            .map((y) => (
              <option key={y} value={String(y)}>
                {t.yearsOption(y)}
              </option>
            ))}
        </select>
      </label>
      <label>
        <span>{t.speed}</span>
        <select aria-label={t.speedLabel} value={String(playSpeed)} onChange={(e) => set({ playSpeed: Number(e.currentTarget.value) })}>
          {PLAY_SPEEDS.map((v) => (
            <option key={v} value={String(v)}>
              {t.speeds(v, PLAY_SECONDS / v)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

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

function RangeViews({ store, bestYears, worstYears }: { store: SimStoreApi; bestYears: number; worstYears: number }) {
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

/** Sessions, their days, and the touch-ups: add at the cursor, every N years, move (drag on the plot) or remove. */
export function Sessions({ store }: { store: SimStoreApi }) {
  const t = useText(store);
  const sessions = useSim(store, (s) => s.sessions);
  const sessionDays = useSim(store, (s) => s.sessionDays);
  const touchups = useSim(store, (s) => s.touchups);
  const years = useSim(store, (s) => s.years);
  const set = useSim(store, (s) => s.set);
  const days = sessionDaysFor({ sessionDays });
  const addAt = (y: number): void => store.getState().addTouchUp(y);
  return (
    <section className="sessions" aria-label={t.sessionsGroup}>
      <div className="pair">
        <label>
          <span>{t.sessionsLabel}</span>
          <select value={String(sessions)} onChange={(e) => set({ sessions: Number(e.currentTarget.value) as 1 | 2 | 3 })}>
            <option value="1">{t.sessionOption(1, '0')}</option>
            <option value="2">{t.sessionOption(2, `0, ${days[1]}`)}</option>
            <option value="3">{t.sessionOption(3, `0, ${days[1]}, ${days[2]}`)}</option>
          </select>
        </label>
        <label>
          <span>{t.daysApart}</span>
          <select
            value={String(days[1])}
            onChange={(e) => {
              const gap = Number(e.currentTarget.value);
              set({ sessionDays: [gap, 2 * gap] });
            }}
          >
            {[7, 8, 9, 10, 11, 12, 13, 14].map((g) => (
              <option key={g} value={String(g)}>
                {t.daysOption(g)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="touchups">
        <span className="label">{t.touchUps}</span>
        {touchups.length === 0 && <span className="hint-inline">{t.noneplanned}</span>}
        <ul aria-label={t.plannedTouchUps}>
          {touchups.map((y, i) => (
            <li key={`${y}-${i}`}>
              <button type="button" aria-label={t.goToTouchUp(t.years(y))} onClick={() => set({ years: y })}>
                {t.years(y)}
              </button>
              <button type="button" className="remove" aria-label={t.removeTouchUp(t.years(y))} onClick={() => store.getState().removeTouchUp(i)}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <div className="touchup-actions">
          <button type="button" onClick={() => addAt(years)} disabled={years < 0.1}>
            {t.addAt(t.years(Math.max(0.1, years)))}
          </button>
          <label>
            <select aria-label={t.touchUpsEvery} value="" onChange={(e) => store.getState().setTouchUpsEvery(Number(e.currentTarget.value))}>
              <option value="" disabled>
                {t.every}
              </option>
              {[2, 3, 4, 5, 6, 8].map((n) => (
                <option key={n} value={String(n)}>
                  {t.everyN(n)}
                </option>
              ))}
              <option value="0">{t.clearAll}</option>
            </select>
          </label>
        </div>
      </div>
    </section>
  );
}
