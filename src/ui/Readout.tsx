/**
 * The prediction in words under the three sliders: where the client is in healing, when it fades
 * and a touch-up is due, the pigment left, and the technician's notes. The facts and their rules
 * come from the model (src/model/readout.ts); this is their wording.
 */
import { useMemo } from 'react';
import { DAYS_PER_YEAR, type ReadoutNote, readoutBasis, readoutFacts, stagesGained } from '../model/index.ts';
import { type SimStoreApi, useSimFields } from '../state/store.ts';
import { CONDITION_FIELDS, PLAN_FIELDS, conditionsFor, planFor } from '../state/sim-state.ts';
import { type UiText, useText } from './text/index.ts';

/** Only what the readout says changes it (not the view, the panes or the help overlay). */
const FIELDS = ['years', 'progression', 'pattern', ...CONDITION_FIELDS, ...PLAN_FIELDS] as const;

function noteWords(t: UiText, n: ReadoutNote, norwood: boolean): string {
  switch (n.kind) {
    case 'oneSession':
      return t.noteOneSession;
    case 'building':
      return t.noteBuilding(n.session, n.sessions);
    case 'deep':
      return t.noteDeep(n.depthMm.toFixed(2), n.halo);
    case 'helmet':
      return t.noteHelmet(n.touchUps, n.widthMm.toFixed(2), n.healedWidthMm.toFixed(2));
    case 'hairLoss':
      return t.noteHairLoss(n.stages.toFixed(1), norwood);
    case 'laser':
      return t.noteLaser(n.done, n.sessions, n.pigmentPercent, n.lightSpotPercent);
  }
}

export function Readout({ store }: { store: SimStoreApi }) {
  const s = useSimFields(store, FIELDS);
  const t = useText(store);
  const c = conditionsFor(s);
  const plan = planFor(s);
  // What depends on the plan and conditions only is worked out once per plan, not on every frame of
  // playback (the time moves, the plan does not).
  const planKey = JSON.stringify([c, plan]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- c and plan are new objects every render; planKey is their content
  const basis = useMemo(() => readoutBasis(c, plan), [planKey]);
  const r = readoutFacts({ conditions: c, plan, tDays: s.years * DAYS_PER_YEAR, stagesGained: stagesGained(s.progression, s.years) }, basis);
  const h = r.healing;
  const what = !h ? '' : h.after.kind === 'session' ? t.afterSession(h.after.n) : h.after.kind === 'laser' ? t.afterLaser(h.after.n) : t.afterTouchUp;
  const notes = r.notes.map((n) => noteWords(t, n, s.pattern.kind === 'norwood'));
  return (
    <section className="readout" aria-live="polite" aria-label={t.prediction}>
      <p className="phase" data-testid="phase">
        <strong>{t.years(s.years)}</strong>
        {h ? t.phase(Math.round(h.days), what, t.healingStage(h.days)) : '.'}
      </p>
      <p className="fade">
        {t.fadeBefore} <strong>{t.fadeYears(r.treatmentFadeYears !== null ? r.treatmentFadeYears.toFixed(1) : t.many)}</strong> {t.fadeAfter}
        {r.due &&
          (r.due.now ? (
            ` ${t.dueNow}`
          ) : (
            <>
              {' '}
              {t.dueBefore} <strong data-testid="due">{t.dueYear(r.due.years.toFixed(1))}</strong>.
            </>
          ))}
      </p>
      <p className="detail">{t.pigmentLine(r.pigmentPercent, r.dotWidthMm.toFixed(2))}</p>
      {notes.map((n) => (
        <p key={n} className="note">
          {n}
        </p>
      ))}
    </section>
  );
}
