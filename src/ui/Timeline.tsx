/**
 * The client's journey: a plot of pigment load over the years (relative to a complete healed
 * treatment) with the noticeable-fading line, the sessions, touch-ups and laser sessions, the
 * honest best-to-worst band and a draggable cursor at the current time; playback; the sessions and
 * touch-ups editor; and the two small best- and worst-case views.
 */
import { type KeyboardEvent, type PointerEvent, useMemo, useRef } from 'react';
import {
  DAYS_PER_YEAR,
  NOTICEABLE_FADE_RATIO,
  axisToYears,
  eventDays,
  laserDays,
  fadeSearch,
  noticeableFadeYears,
  planClasses,
  rangeBand,
  rangeConditions,
  relativePlanLoad,
  sessionDaysFor,
  yearsToAxis,
} from '../model/index.ts';
import { type SimStoreApi, useSim, useSimFields } from '../state/store.ts';
import { CONDITION_FIELDS, MAX_YEARS, PLAN_FIELDS, conditionsFor, planFor } from '../state/sim-state.ts';
import { Playback } from './Playback.tsx';
import { RangeViews } from './RangeViews.tsx';
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
const PLOT_FIELDS = [...CONDITION_FIELDS, ...PLAN_FIELDS] as const;

/** The plot's curve, band and marks: a function of the conditions and the plan only (not of the time). */
function usePlotData(store: SimStoreApi) {
  const s = useSimFields(store, PLOT_FIELDS);
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
      // The next noticeable fade from the cursor, remembered across playback's frames.
      dueFrom: fadeSearch(c, plan),
      curve,
      area,
      bestYears: noticeableFadeYears(best),
      worstYears: noticeableFadeYears(worst),
      sessions: sessionDaysFor(plan).slice(0, plan.sessions),
      laser: laserDays(plan.laser),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- s and c are new objects every render; key is their content
  }, [key]);
}

export function Timeline({ store }: { store: SimStoreApi }) {
  const t = useText(store);
  const years = useSim(store, (s) => s.years);
  const touchups = useSim(store, (s) => s.touchups);
  const data = usePlotData(store);
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ kind: 'cursor' } | { kind: 'touchup'; index: number } | null>(null);
  const due = data.dueFrom(years * DAYS_PER_YEAR);

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
