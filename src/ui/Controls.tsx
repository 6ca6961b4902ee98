import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { MONK_SKIN_TONES, MIN_DENSITY_PER_CM2, MAX_DENSITY_PER_CM2, DAYS_PER_YEAR } from '../model/index.ts';
import { type SimStoreApi, useSim } from '../state/store.ts';
import { MAX_YEARS, VIEWS } from '../state/sim-state.ts';
import {
  HAIR_COLOURS,
  NORWOOD_STAGES,
  SCAR_KINDS,
  SMP_MODES,
  type ScarKind,
  STUBBLE_PRESETS_MM,
  type HairColour,
  type HairLossPattern,
  type SmpMode,
  patternName,
} from '../model/index.ts';
import { HairlineDesigner, HeadDesigner } from './Designer.tsx';
import { useText } from './text/index.ts';

const PATTERNS: readonly HairLossPattern[] = [
  ...NORWOOD_STAGES.map((stage) => ({ kind: 'norwood', stage }) as const),
  ...([1, 2, 3] as const).map((grade) => ({ kind: 'ludwig', grade }) as const),
];
const patternKey = (p: HairLossPattern): string => (p.kind === 'norwood' ? `n${p.stage}` : `l${p.grade}`);

const QUICK_YEARS: readonly number[] = [1 / DAYS_PER_YEAR, 7 / DAYS_PER_YEAR, 30 / DAYS_PER_YEAR, 1, 5, 10];

function Slider(props: {
  id: string;
  label: string;
  min: number;
  max: number;
  step: number | 'any';
  value: number;
  words: string;
  onChange: (v: number) => void;
  onKeyDown?: (e: KeyboardEvent<HTMLInputElement>) => void;
}) {
  return (
    <div className="control">
      <label htmlFor={props.id}>
        <span>{props.label}</span>
        <span className="value" aria-hidden="true">
          {props.words}
        </span>
      </label>
      <input
        id={props.id}
        type="range"
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.value}
        aria-valuetext={props.words}
        onChange={(e) => props.onChange(Number(e.currentTarget.value))}
        onKeyDown={props.onKeyDown}
      />
    </div>
  );
}

/** How long the hand must rest on the density slider before a new layout is made (ms). */
const DENSITY_REST_MS = 350;

/**
 * Impressions per cm², 80–300. A new density lays the whole scalp out again (a worker, a few
 * hundred milliseconds for the default design), so the slider shows its value at once and commits
 * it when the hand rests: on release, on a key's release, or after DENSITY_REST_MS of stillness.
 */
function DensitySlider({ store }: { store: SimStoreApi }) {
  const density = useSim(store, (s) => s.density);
  const set = useSim(store, (s) => s.set);
  const t = useText(store);
  const [draft, setDraft] = useState(density);
  const timer = useRef<number | undefined>(undefined);
  // A link, a preset or undo moves the store: the slider follows.
  useEffect(() => setDraft(density), [density]);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const commit = (v: number): void => {
    window.clearTimeout(timer.current);
    if (v !== store.getState().density) set({ density: v });
  };
  return (
    <div onPointerUp={() => commit(draft)} onKeyUp={() => commit(draft)} onBlur={() => commit(draft)}>
      <Slider
        id="density"
        label={t.densityLabel}
        min={MIN_DENSITY_PER_CM2}
        max={MAX_DENSITY_PER_CM2}
        step={10}
        value={draft}
        words={t.perCm2(draft)}
        onChange={(v) => {
          setDraft(v);
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => commit(v), DENSITY_REST_MS);
        }}
      />
    </div>
  );
}

/**
 * The three sliders the product is about — time, sun, oil — with the quick jumps in time: first in
 * the panel, above the readout, so they are in sight without scrolling (and right under the view
 * on a phone).
 */
export function ScenarioSliders({ store }: { store: SimStoreApi }) {
  const years = useSim(store, (s) => s.years);
  const sun = useSim(store, (s) => s.sun);
  const oil = useSim(store, (s) => s.oil);
  const set = useSim(store, (s) => s.set);
  const t = useText(store);

  const onYearsKey = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (store.getState().keyYears(e.key)) e.preventDefault();
  };

  return (
    <section className="controls" aria-label={t.scenario}>
      <Slider
        id="years"
        label={t.timeSince}
        min={0}
        max={MAX_YEARS}
        step="any"
        value={years}
        words={t.years(years)}
        onChange={(v) => set({ years: v })}
        onKeyDown={onYearsKey}
      />
      <div className="quick" role="group" aria-label={t.jumpGroup}>
        {QUICK_YEARS.map((y, i) => (
          <button key={y} type="button" aria-pressed={Math.abs(years - y) < 1e-6} onClick={() => set({ years: y })}>
            {t.quickTimes[i]}
          </button>
        ))}
      </div>
      <Slider id="sun" label={t.sun} min={0} max={1} step={0.01} value={sun} words={t.sunWords(sun)} onChange={(v) => set({ sun: v })} />
      <Slider id="oil" label={t.oil} min={0} max={1} step={0.01} value={oil} words={t.oilWords(oil)} onChange={(v) => set({ oil: v })} />
    </section>
  );
}

/** The view, the client, the design and the treatment. */
export function Controls({ store }: { store: SimStoreApi }) {
  const skin = useSim(store, (s) => s.skin);
  const view = useSim(store, (s) => s.view);
  const showDots = useSim(store, (s) => s.showDots);
  const stubble = useSim(store, (s) => s.stubble);
  const hair = useSim(store, (s) => s.hair);
  const pattern = useSim(store, (s) => s.pattern);
  const mode = useSim(store, (s) => s.mode);
  const scar = useSim(store, (s) => s.scar);
  const set = useSim(store, (s) => s.set);
  const t = useText(store);

  return (
    <section className="controls" aria-label={t.clientAndDesign}>
      <div className="views" role="group" aria-label={t.viewGroup}>
        {VIEWS.map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => set({ view: v })}>
            {t.views[v]}
          </button>
        ))}
      </div>
      <fieldset className="skin">
        <legend>
          {t.skinTone} <span className="value">{t.monk(skin)}</span>
        </legend>
        <div role="radiogroup" aria-label={t.skinToneGroup}>
          {MONK_SKIN_TONES.map((hex, i) => (
            <button
              key={hex}
              type="button"
              role="radio"
              aria-checked={skin === i + 1}
              aria-label={t.monkTone(i + 1)}
              title={t.monk(i + 1)}
              style={{ background: hex }}
              onClick={() => set({ skin: i + 1 })}
            />
          ))}
        </div>
      </fieldset>
      <label className="wide">
        <span>{t.hairLoss}</span>
        <select value={patternKey(pattern)} onChange={(e) => set({ pattern: PATTERNS.find((p) => patternKey(p) === e.currentTarget.value) ?? pattern })}>
          {PATTERNS.map((p) => (
            <option key={patternKey(p)} value={patternKey(p)}>
              {patternName(p)}
            </option>
          ))}
        </select>
      </label>
      <label className="wide">
        <span>{t.treatment}</span>
        <select value={mode} onChange={(e) => store.getState().setMode(e.currentTarget.value as SmpMode)}>
          {SMP_MODES.map((m) => (
            <option key={m} value={m}>
              {t.modes[m]}
            </option>
          ))}
        </select>
      </label>
      <label className="wide">
        <span>{t.scarLabel}</span>
        <select value={scar} onChange={(e) => set({ scar: e.currentTarget.value as ScarKind })}>
          {SCAR_KINDS.map((k) => (
            <option key={k} value={k}>
              {t.scars[k]}
            </option>
          ))}
        </select>
      </label>
      <div className="pair">
        <label>
          <span>{t.remainingHair}</span>
          <select value={String(stubble)} onChange={(e) => set({ stubble: Number(e.currentTarget.value) })}>
            {(STUBBLE_PRESETS_MM.includes(stubble) ? STUBBLE_PRESETS_MM : [...STUBBLE_PRESETS_MM, stubble].sort((a, b) => a - b)).map((mm) => (
              <option key={mm} value={String(mm)}>
                {t.stubble(mm)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t.hairColour}</span>
          <select value={hair} onChange={(e) => set({ hair: e.currentTarget.value as HairColour })}>
            {HAIR_COLOURS.map((c) => (
              <option key={c} value={c}>
                {t.hairColours[c]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <DensitySlider store={store} />
      <HairlineDesigner store={store} />
      <HeadDesigner store={store} />
      <label className="toggle">
        <input type="checkbox" checked={showDots} onChange={(e) => set({ showDots: e.currentTarget.checked })} />
        {t.showSmp}
      </label>
    </section>
  );
}
