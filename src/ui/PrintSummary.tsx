/**
 * The printable consultation summary: the client's choices, views at key times, the predicted
 * noticeable-fading and touch-up years, the range, limits to know and questions to ask a provider.
 * Hidden on screen; the print style sheet shows it alone, on A4 or Letter. The views are drawn when
 * printing starts (the button, or the browser's own Print through `beforeprint`).
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { DAYS_PER_YEAR, lastSessionDay, nextFadeDay, noticeableFadeYears, patternName, rangeConditions } from '../model/index.ts';
import type { SimStoreApi } from '../state/store.ts';
import { GRID_YEARS, type SimState, conditionsFor, needleFor, planFor } from '../state/sim-state.ts';
import { captureFrame } from '../render/capture.ts';
import { loadLaterText, useLaterText, useText } from './text/index.ts';
import { exposeForScripts } from '../expose.ts';

/** On paper the views are closer in than the screen's: the scalp fills them. */
const PRINT_ZOOM = 1.8;

/** Draws the summary's views (day 30, years 2, 5 and 10) as images. */
function drawViews(): string[] {
  return GRID_YEARS.map((years) => captureFrame(800, 560, { years, compare: null }, false, PRINT_ZOOM)?.toDataURL('image/png') ?? '');
}

/**
 * The summary is built when printing starts, from the state at that moment: it is hidden on
 * screen, so it follows nothing while the client plays with the controls (playback would
 * otherwise recompute its figures every frame).
 */
export function PrintSummary({ store }: { store: SimStoreApi }) {
  const t = useText(store);
  const later = useLaterText(store);
  const [printed, setPrinted] = useState<{ s: SimState; views: string[] } | null>(null);
  useEffect(() => {
    // Synchronously: the browser lays the page out for print right after this event.
    const before = (): void => flushSync(() => setPrinted({ s: store.getState(), views: drawViews() }));
    window.addEventListener('beforeprint', before);
    // Scripts (tests) may print at once: the summary's words first.
    exposeForScripts('preparePrint', () => loadLaterText(store.getState().lang).then(before));
    return () => window.removeEventListener('beforeprint', before);
  }, [store]);
  // Before its words have loaded (a print in the first moment after the page opens), no summary.
  if (!printed || !later) return <article className="print-summary" aria-hidden="true" />;
  const { s, views } = printed;
  const w = { ...t, ...later };
  const c = conditionsFor(s);
  const plan = planFor(s);
  const own = nextFadeDay(c, { ...plan, touchUpYears: [], laser: null }, 0, 60 * DAYS_PER_YEAR);
  const due = nextFadeDay(c, plan, lastSessionDay(plan) + 30, 60 * DAYS_PER_YEAR);
  const { best, worst } = rangeConditions(c);
  const y1 = (d: number | null): string => (d === null ? w.many : ((d - lastSessionDay(plan)) / DAYS_PER_YEAR).toFixed(1));
  const needle = needleFor(s.needle, s.skin);
  const rows: Array<[string, string]> = [
    [w.printRows.skin, w.monk(s.skin)],
    [w.printRows.hair, `${w.hairColours[s.hair]}, ${w.stubble(s.stubble)}`],
    [w.printRows.pattern, patternName(s.pattern)],
    [w.printRows.treatment, `${w.modes[s.mode]}; ${w.hairlines[s.hairline]}; ${w.heightAbove} ${w.cm(s.design.heightCm)}`],
    [w.printRows.density, w.perCm2(s.density)],
    [
      w.printRows.sessions,
      `${w.sessionOption(s.sessions, [0, ...s.sessionDays].slice(0, s.sessions).join(', '))}; ${w.printTouchUps(s.touchups.map((y) => w.years(y)).join(', '))}`,
    ],
    [w.printRows.lifestyle, `${w.sun}: ${w.sunWords(s.sun)}; ${w.oil}: ${w.oilWords(s.oil)}`],
    [w.printRows.care, `${w.aftercare}: ${w.aftercareWords(s.aftercare)}; ${w.spf}: ${s.spf ? w.yes : w.no}; ${w.hat}: ${s.hat ? w.yes : w.no}`],
    [w.printRows.pigment, `${w.pigments[s.pigment]}, ${w.grades[s.grade]}`],
    [w.printRows.technique, `${w.depthWords(s.depth)}; ${needle.needles === 3 ? '3RL' : '1RL'} ${needle.needleMm.toFixed(2)} mm`],
    [w.printRows.progression, w.lossWords(s.progression, s.pattern.kind === 'norwood')],
  ];
  return (
    <article className="print-summary" aria-hidden="true">
      <h1>{w.printTitle}</h1>
      <p className="made">{w.printMade(new Date().toISOString().slice(0, 10))}</p>
      <h2>{w.printGlance}</h2>
      <ul className="glance" data-testid="print-glance">
        <li>
          <strong>{w.printFade(y1(own))}</strong>
        </li>
        <li>{w.printTouchUps(s.touchups.map((y) => w.years(y)).join(', '))}</li>
        {due !== null && <li>{w.printDue((due / DAYS_PER_YEAR).toFixed(1))}</li>}
        <li>{w.printRange(noticeableFadeYears(best).toFixed(1), noticeableFadeYears(worst).toFixed(1))}</li>
      </ul>
      <h2>{w.printViews}</h2>
      <div className="print-views">
        {GRID_YEARS.map((y, i) => (
          <figure key={y}>
            {views[i] ? <img src={views[i]} alt={w.paneAt(y)} /> : <div className="no-view" />}
            <figcaption>{w.paneAt(y)}</figcaption>
          </figure>
        ))}
      </div>
      <h2>{w.printChoices}</h2>
      <table className="choices-table">
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="print-columns">
        <section>
          <h2>{w.printLimits}</h2>
          <ul>
            {w.limits.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </section>
        <section>
          <h2>{w.printQuestions}</h2>
          <ul>
            {w.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </section>
      </div>
    </article>
  );
}

/** The button: draws the views, then opens the browser's print dialog. */
export function PrintButton({ store }: { store: SimStoreApi }) {
  const t = useText(store);
  return (
    <button type="button" onClick={() => window.print()}>
      {t.print}
    </button>
  );
}
