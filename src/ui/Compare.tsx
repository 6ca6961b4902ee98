/**
 * Comparing on the live view: a split with a draggable divider (pointer, keyboard, screen reader),
 * two whole views side by side, or small multiples at day 30 and years 2, 5 and 10 sharing one
 * camera. The other side is the same scenario at another time, or with its lifestyle changed.
 * src/render/Scene.tsx draws the panes; this file is the controls and the labels over them.
 */
import { type KeyboardEvent, type PointerEvent, useRef } from 'react';
import { type SimStoreApi, useSim } from '../state/store.ts';
import { GRID_YEARS, LIMITS, PANES, VERSUS, type Panes, type Versus } from '../state/sim-state.ts';
import { useText } from './text/index.ts';

const COMPARE_TIMES: readonly number[] = [30 / 365.25, 1, 2, 3, 5, 8, 10, 15, 20];
const clampSplit = (v: number): number => Math.min(LIMITS.split[1], Math.max(LIMITS.split[0], v));

export function CompareControls({ store }: { store: SimStoreApi }) {
  const t = useText(store);
  const compare = useSim(store, (s) => s.compare);
  const versus = useSim(store, (s) => s.versus);
  const panes = useSim(store, (s) => s.panes);
  const set = useSim(store, (s) => s.set);
  const times = compare === null || COMPARE_TIMES.includes(compare) ? COMPARE_TIMES : [...COMPARE_TIMES, compare].sort((a, b) => a - b);
  return (
    <section className="compare" aria-label={t.compare}>
      <label className="toggle">
        <input type="checkbox" checked={compare !== null} onChange={() => store.getState().toggleCompare()} />
        {t.compareWith}
      </label>
      {compare !== null && (
        <div className="compare-options">
          <label>
            <span>{t.panesLabel}</span>
            <select value={panes} onChange={(e) => set({ panes: e.currentTarget.value as Panes })}>
              {PANES.map((p) => (
                <option key={p} value={p}>
                  {t.panes[p]}
                </option>
              ))}
            </select>
          </label>
          {panes !== 'grid' && (
            <>
              <label>
                <span>{t.compareAt}</span>
                <select value={String(compare)} onChange={(e) => set({ compare: Number(e.currentTarget.value) })}>
                  {times.map((y) => (
                    <option key={y} value={String(y)}>
                      {t.paneAt(y)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                <span>{t.versusLabel}</span>
                <select value={versus} onChange={(e) => set({ versus: e.currentTarget.value as Versus })}>
                  {VERSUS.map((v) => (
                    <option key={v} value={v}>
                      {t.versus[v]}
                    </option>
                  ))}
                </select>
              </label>
            </>
          )}
        </div>
      )}
    </section>
  );
}

/** Labels over each pane, and the divider of the split. */
export function CompareOverlay({ store }: { store: SimStoreApi }) {
  const t = useText(store);
  const compare = useSim(store, (s) => s.compare);
  const versus = useSim(store, (s) => s.versus);
  const panes = useSim(store, (s) => s.panes);
  const split = useSim(store, (s) => s.split);
  const years = useSim(store, (s) => s.years);
  const set = useSim(store, (s) => s.set);
  const box = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  if (compare === null) return null;

  const other = t.sideOther(compare, versus === 'same' ? '' : t.versus[versus]);
  const shareAt = (e: PointerEvent): number => {
    const r = box.current!.getBoundingClientRect();
    return clampSplit((e.clientX - r.left) / r.width);
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>): void => {
    const step = e.shiftKey ? 0.1 : 0.02;
    const next =
      e.key === 'ArrowLeft' || e.key === 'ArrowDown'
        ? split - step
        : e.key === 'ArrowRight' || e.key === 'ArrowUp'
          ? split + step
          : e.key === 'Home'
            ? LIMITS.split[0]
            : e.key === 'End'
              ? LIMITS.split[1]
              : null;
    if (next === null) return;
    e.preventDefault();
    e.stopPropagation();
    set({ split: clampSplit(Math.round(next * 1000) / 1000) });
  };

  if (panes === 'grid')
    return (
      <div className="compare-overlay grid" ref={box} aria-hidden="true">
        {GRID_YEARS.map((y) => (
          <span key={y} className="pane-label">
            {t.paneAt(y)}
          </span>
        ))}
      </div>
    );
  const left = panes === 'split' ? split : 0.5;
  return (
    <div className="compare-overlay" ref={box}>
      <span className="pane-label left" data-testid="label-left">
        {t.sideNow(years)}
      </span>
      <span className="pane-label right" data-testid="label-right" style={{ left: `calc(${left * 100}% + 0.6rem)` }}>
        {other}
      </span>
      {panes === 'split' && (
        <div
          className="divider"
          role="slider"
          tabIndex={0}
          aria-label={t.divider}
          aria-orientation="horizontal"
          aria-valuemin={Math.round(LIMITS.split[0] * 100)}
          aria-valuemax={Math.round(LIMITS.split[1] * 100)}
          aria-valuenow={Math.round(split * 100)}
          aria-valuetext={`${t.dividerValue(split)}: ${t.sideNow(years)} | ${other}`}
          style={{ left: `${split * 100}%` }}
          onKeyDown={onKey}
          onPointerDown={(e) => {
            dragging.current = true;
            e.currentTarget.setPointerCapture(e.pointerId);
          }}
          onPointerMove={(e) => {
            if (dragging.current) set({ split: shareAt(e) });
          }}
          onPointerUp={() => {
            dragging.current = false;
          }}
          onPointerCancel={() => {
            dragging.current = false;
          }}
        >
          <span className="grip" aria-hidden="true" />
        </div>
      )}
    </div>
  );
}
