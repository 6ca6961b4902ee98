import { sessionDaysFor } from '../model/index.ts';
import { type SimStoreApi, useSim } from '../state/store.ts';
import { useText } from './text/index.ts';

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
