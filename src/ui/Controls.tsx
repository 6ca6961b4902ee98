import type { KeyboardEvent } from 'react';
import {
  MONK_SKIN_TONES, DAYS_PER_YEAR, eventDays, laserDays, laserLightSpotShare, lastSessionDay, nextFadeDay, planClasses, planDotFwhmMm,
  relativePlanLoad, sessionDaysFor, stagesGained,
} from '../model/index.ts';
import { type SimStoreApi, useSim } from '../state/store.ts';
import { DENSITY_MODE_HAIR_MM, MAX_YEARS, VIEWS, type ViewName, conditionsFor, planFor } from '../state/sim-state.ts';
import {
  HAIR_COLOURS, NORWOOD_STAGES, SCAR_KINDS, SMP_MODES, type ScarKind, STUBBLE_PRESETS_MM, type HairColour, type HairLossPattern, type SmpMode,
  patternName,
} from '../model/index.ts';
import { HairlineDesigner, HeadDesigner } from './Designer.tsx';
import { describeOil, describeSun, formatYears, yearsStep } from './format.ts';

const VIEW_LABELS: Record<ViewName, string> = {
  front: 'Front', top: 'Top', left: 'Left', right: 'Right', back: 'Back', closeup: 'Close-up',
};

const HAIR_LABELS: Record<HairColour, string> = {
  black: 'Black', 'dark-brown': 'Dark brown', brown: 'Brown', 'light-brown': 'Light brown', grey: 'Grey blend',
};

const MODE_LABELS: Record<SmpMode, string> = {
  shaved: 'Shaved (a buzz-cut look all over)', density: 'Density (between thinning hair)',
};

const SCAR_LABELS: Record<ScarKind, string> = {
  none: 'None', fut: 'FUT strip (back of the head)', fue: 'FUE punch scars (donor area)', alopecia: 'Alopecia areata patches',
};

const PATTERNS: readonly HairLossPattern[] = [
  ...NORWOOD_STAGES.map((stage) => ({ kind: 'norwood', stage }) as const),
  ...([1, 2, 3] as const).map((grade) => ({ kind: 'ludwig', grade }) as const),
];
const patternKey = (p: HairLossPattern): string => (p.kind === 'norwood' ? `n${p.stage}` : `l${p.grade}`);

const QUICK_TIMES: ReadonlyArray<[string, number]> = [
  ['Day 1', 1 / DAYS_PER_YEAR], ['Day 7', 7 / DAYS_PER_YEAR], ['1 month', 30 / DAYS_PER_YEAR],
  ['1 y', 1], ['5 y', 5], ['10 y', 10],
];

function Slider(props: {
  id: string; label: string; min: number; max: number; step: number | 'any'; value: number; words: string;
  onChange: (v: number) => void; onKeyDown?: (e: KeyboardEvent<HTMLInputElement>) => void;
}) {
  return (
    <div className="control">
      <label htmlFor={props.id}>
        <span>{props.label}</span>
        <span className="value" aria-hidden="true">{props.words}</span>
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

export function Controls({ store }: { store: SimStoreApi }) {
  const years = useSim(store, (s) => s.years);
  const sun = useSim(store, (s) => s.sun);
  const oil = useSim(store, (s) => s.oil);
  const skin = useSim(store, (s) => s.skin);
  const view = useSim(store, (s) => s.view);
  const showDots = useSim(store, (s) => s.showDots);
  const stubble = useSim(store, (s) => s.stubble);
  const hair = useSim(store, (s) => s.hair);
  const pattern = useSim(store, (s) => s.pattern);
  const mode = useSim(store, (s) => s.mode);
  const scar = useSim(store, (s) => s.scar);
  const set = useSim(store, (s) => s.set);

  const onYearsKey = (e: KeyboardEvent<HTMLInputElement>): void => {
    const dir = e.key === 'ArrowRight' || e.key === 'ArrowUp' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowDown' ? -1 : 0;
    const page = e.key === 'PageUp' ? 1 : e.key === 'PageDown' ? -1 : 0;
    if (dir === 0 && page === 0) return;
    e.preventDefault();
    const next = dir !== 0 ? years + dir * yearsStep(years, dir) : years + page;
    set({ years: Math.min(MAX_YEARS, Math.max(0, Math.round(next * DAYS_PER_YEAR) / DAYS_PER_YEAR)) });
  };

  return (
    <section className="controls" aria-label="Scenario">
      <Slider id="years" label="Time since the first session" min={0} max={MAX_YEARS} step="any" value={years}
        words={formatYears(years)} onChange={(v) => set({ years: v })} onKeyDown={onYearsKey} />
      <div className="quick" role="group" aria-label="Jump to a time">
        {QUICK_TIMES.map(([label, y]) => (
          <button key={label} type="button" aria-pressed={Math.abs(years - y) < 1e-6} aria-label={`Jump to ${formatYears(y)}`}
            onClick={() => set({ years: y })}>{label}</button>
        ))}
      </div>
      <Slider id="sun" label="Sun exposure" min={0} max={1} step={0.01} value={sun} words={describeSun(sun)} onChange={(v) => set({ sun: v })} />
      <Slider id="oil" label="Skin oiliness" min={0} max={1} step={0.01} value={oil} words={describeOil(oil)} onChange={(v) => set({ oil: v })} />
      <div className="views" role="group" aria-label="View">
        {VIEWS.map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => set({ view: v })}>{VIEW_LABELS[v]}</button>
        ))}
      </div>
      <fieldset className="skin">
        <legend>Skin tone <span className="value">Monk {skin}</span></legend>
        <div role="radiogroup" aria-label="Skin tone (Monk scale)">
          {MONK_SKIN_TONES.map((hex, i) => (
            <button key={hex} type="button" role="radio" aria-checked={skin === i + 1} aria-label={`Monk skin tone ${i + 1}`}
              title={`Monk ${i + 1}`} style={{ background: hex }} onClick={() => set({ skin: i + 1 })} />
          ))}
        </div>
      </fieldset>
      <label className="wide">
        <span>Hair loss</span>
        <select value={patternKey(pattern)} onChange={(e) => set({ pattern: PATTERNS.find((p) => patternKey(p) === e.currentTarget.value) ?? pattern })}>
          {PATTERNS.map((p) => <option key={patternKey(p)} value={patternKey(p)}>{patternName(p)}</option>)}
        </select>
      </label>
      <label className="wide">
        <span>Treatment</span>
        <select value={mode} onChange={(e) => {
          const m = e.currentTarget.value as SmpMode;
          // A density client keeps some length: start from the link default if the hair was shorter.
          set({ mode: m, stubble: m === 'density' ? Math.max(stubble, DENSITY_MODE_HAIR_MM) : stubble });
        }}>
          {SMP_MODES.map((m) => <option key={m} value={m}>{MODE_LABELS[m]}</option>)}
        </select>
      </label>
      <label className="wide">
        <span>Scar to camouflage</span>
        <select value={scar} onChange={(e) => set({ scar: e.currentTarget.value as ScarKind })}>
          {SCAR_KINDS.map((k) => <option key={k} value={k}>{SCAR_LABELS[k]}</option>)}
        </select>
      </label>
      <div className="pair">
        <label>
          <span>Remaining hair</span>
          <select value={String(stubble)} onChange={(e) => set({ stubble: Number(e.currentTarget.value) })}>
            {(STUBBLE_PRESETS_MM.includes(stubble) ? STUBBLE_PRESETS_MM : [...STUBBLE_PRESETS_MM, stubble].sort((a, b) => a - b)).map((mm) => (
              <option key={mm} value={String(mm)}>{mm === 0 ? 'clean-shaven' : `${mm} mm stubble`}</option>
            ))}
          </select>
        </label>
        <label>
          <span>Hair colour</span>
          <select value={hair} onChange={(e) => set({ hair: e.currentTarget.value as HairColour })}>
            {HAIR_COLOURS.map((c) => <option key={c} value={c}>{HAIR_LABELS[c]}</option>)}
          </select>
        </label>
      </div>
      <HairlineDesigner store={store} />
      <HeadDesigner store={store} />
      <label className="toggle">
        <input type="checkbox" checked={showDots} onChange={(e) => set({ showDots: e.currentTarget.checked })} />
        Show SMP (off: the same scalp without it)
      </label>
    </section>
  );
}

/** What the healing skin looks like, by days since the last needle (the article's checkpoints). */
export function healingStage(daysSince: number): string {
  if (daysSince < 4) return 'red and darker, the dots look larger';
  if (daysSince < 11) return 'lightening as the scabs flake';
  if (daysSince < 30) return 'settling to the final tone';
  return 'healed';
}

export function Readout({ store }: { store: SimStoreApi }) {
  const s = useSim(store, (st) => st);
  const c = conditionsFor(s);
  const plan = planFor(s);
  const tDays = s.years * DAYS_PER_YEAR;
  const classes = planClasses(c, plan);
  const events = eventDays(plan).filter((d) => d <= tDays + 1e-9);
  const lastEvent = events.at(-1) ?? 0;
  const sinceLast = tDays - lastEvent;
  const sessionDays = sessionDaysFor(plan).slice(0, plan.sessions);
  const healing = sinceLast < 30 && (events.length > 0);
  // The treatment's own fading, before any touch-up or laser.
  const fade = nextFadeDay(c, { ...plan, touchUpYears: [], laser: null }, 0, 60 * DAYS_PER_YEAR);
  const due = nextFadeDay(c, plan, tDays, 60 * DAYS_PER_YEAR);
  const load = relativePlanLoad(c, plan, tDays, classes);
  const fwhm = planDotFwhmMm(c, plan, tDays, classes);
  const healedFwhm = planDotFwhmMm(c, { ...plan, touchUpYears: [], laser: null }, lastSessionDay(plan) + 30);
  const touchUpsDone = plan.touchUpYears.filter((y) => y * DAYS_PER_YEAR <= tDays).length;
  const gained = stagesGained(s.progression, s.years);
  const laser = laserDays(plan.laser);
  const laserDone = laser.filter((d) => d <= tDays).length;
  const sessionNo = sessionDays.filter((d) => d <= tDays + 1e-9).length;
  const lastIsSession = sessionDays.includes(lastEvent);
  const what = lastIsSession ? `session ${sessionNo}` : laser.includes(lastEvent) ? `laser session ${laserDone}` : 'the touch-up';
  const notes: string[] = [];
  if (plan.sessions === 1) notes.push('One session only: about half the impressions, healed light. Patchy by design; sessions 2 and 3 build the density.');
  else if (tDays < lastSessionDay(plan)) notes.push(`Session ${sessionNo} of ${plan.sessions}: the coverage is still being built.`);
  if (s.depth >= 0.8) notes.push(`Needle ${s.depth.toFixed(2)} mm deep: too deep. Pigment spreads faster${s.depth >= 0.85 ? ' and a blue-grey halo (blow-out) grows round the dots' : ''}.`);
  if (touchUpsDone >= 3 && fwhm > 1.3 * healedFwhm)
    notes.push(`After ${touchUpsDone} touch-ups the dots are ${fwhm.toFixed(2)} mm wide (healed ${healedFwhm.toFixed(2)} mm): they fatten and start to merge into a flat "helmet" look.`);
  if (gained > 0.05) notes.push(`Hair loss has moved on ${gained.toFixed(1)} ${s.pattern.kind === 'norwood' ? 'Norwood stages' : 'Ludwig grades'}: newly bald skin has no SMP (SMP gives no protection against further loss).`);
  if (laser.length > 0 && laserDone > 0) {
    const risk = Math.round(100 * laserLightSpotShare(plan.laser, tDays, s.skin));
    notes.push(`Laser: ${laserDone} of ${laser.length} sessions done; ${Math.round(100 * load)} % of the pigment left. Light spots (hypopigmentation) on about ${risk} % of the treated skin.`);
  }
  return (
    <section className="readout" aria-live="polite" aria-label="Prediction">
      <p className="phase" data-testid="phase">
        <strong>{formatYears(s.years)}</strong>
        {healing ? `: day ${Math.round(sinceLast)} after ${what}, ${healingStage(sinceLast)}.` : '.'}
      </p>
      <p className="fade">
        Noticeable fading expected about <strong>{fade !== null ? ((fade - lastSessionDay(plan)) / DAYS_PER_YEAR).toFixed(1) : 'many'} years</strong> after
        the last session.
        {due !== null && (due <= tDays + 1 ? ' A touch-up is due now.' : <> Next touch-up due around <strong data-testid="due">year {(due / DAYS_PER_YEAR).toFixed(1)}</strong>.</>)}
      </p>
      <p className="detail">
        Pigment: {Math.round(100 * load)} % of a complete healed treatment. Dot width {fwhm.toFixed(2)} mm.
      </p>
      {notes.map((n) => <p key={n} className="note">{n}</p>)}
    </section>
  );
}
