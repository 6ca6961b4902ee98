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
import { useText } from './text/index.ts';
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
  const [printed, setPrinted] = useState<{ s: SimState; views: string[] } | null>(null);
  useEffect(() => {
    // Synchronously: the browser lays the page out for print right after this event.
    const before = (): void => flushSync(() => setPrinted({ s: store.getState(), views: drawViews() }));
    window.addEventListener('beforeprint', before);
    exposeForScripts('preparePrint', before);
    return () => window.removeEventListener('beforeprint', before);
  }, [store]);
  if (!printed) return <article className="print-summary" aria-hidden="true" />;
  const { s, views } = printed;
  const c = conditionsFor(s);
  const plan = planFor(s);
  const own = nextFadeDay(c, { ...plan, touchUpYears: [], laser: null }, 0, 60 * DAYS_PER_YEAR);
  const due = nextFadeDay(c, plan, lastSessionDay(plan) + 30, 60 * DAYS_PER_YEAR);
  const { best, worst } = rangeConditions(c);
  const y1 = (d: number | null): string => (d === null ? t.many : ((d - lastSessionDay(plan)) / DAYS_PER_YEAR).toFixed(1));
  const needle = needleFor(s.needle, s.skin);
  const rows: Array<[string, string]> = [
    [t.printRows.skin, t.monk(s.skin)],
    [t.printRows.hair, `${t.hairColours[s.hair]}, ${t.stubble(s.stubble)}`],
    [t.printRows.pattern, patternName(s.pattern)],
    [t.printRows.treatment, `${t.modes[s.mode]}; ${t.hairlines[s.hairline]}; ${t.heightAbove} ${t.cm(s.design.heightCm)}`],
    [t.printRows.density, t.perCm2(s.density)],
    [
      t.printRows.sessions,
      `${t.sessionOption(s.sessions, [0, ...s.sessionDays].slice(0, s.sessions).join(', '))}; ${t.printTouchUps(s.touchups.map((y) => t.years(y)).join(', '))}`,
    ],
    [t.printRows.lifestyle, `${t.sun}: ${t.sunWords(s.sun)}; ${t.oil}: ${t.oilWords(s.oil)}`],
    [t.printRows.care, `${t.aftercare}: ${t.aftercareWords(s.aftercare)}; ${t.spf}: ${s.spf ? t.yes : t.no}; ${t.hat}: ${s.hat ? t.yes : t.no}`],
    [t.printRows.pigment, `${t.pigments[s.pigment]}, ${t.grades[s.grade]}`],
    [t.printRows.technique, `${t.depthWords(s.depth)}; ${needle.needles === 3 ? '3RL' : '1RL'} ${needle.needleMm.toFixed(2)} mm`],
    [t.printRows.progression, t.lossWords(s.progression, s.pattern.kind === 'norwood')],
  ];
  return (
    <article className="print-summary" aria-hidden="true">
      <h1>{t.printTitle}</h1>
      <p className="made">{t.printMade(new Date().toISOString().slice(0, 10))}</p>
      <h2>{t.printGlance}</h2>
      <ul className="glance" data-testid="print-glance">
        <li>
          <strong>{t.printFade(y1(own))}</strong>
        </li>
        <li>{t.printTouchUps(s.touchups.map((y) => t.years(y)).join(', '))}</li>
        {due !== null && <li>{t.printDue((due / DAYS_PER_YEAR).toFixed(1))}</li>}
        <li>{t.printRange(noticeableFadeYears(best).toFixed(1), noticeableFadeYears(worst).toFixed(1))}</li>
      </ul>
      <h2>{t.printViews}</h2>
      <div className="print-views">
        {GRID_YEARS.map((y, i) => (
          <figure key={y}>
            {views[i] ? <img src={views[i]} alt={t.paneAt(y)} /> : <div className="no-view" />}
            <figcaption>{t.paneAt(y)}</figcaption>
          </figure>
        ))}
      </div>
      <h2>{t.printChoices}</h2>
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
          <h2>{t.printLimits}</h2>
          <ul>
            {t.limits.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </section>
        <section>
          <h2>{t.printQuestions}</h2>
          <ul>
            {t.questions.map((q) => (
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
