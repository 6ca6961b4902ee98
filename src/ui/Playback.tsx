import { useEffect } from 'react';
import { playbackYears, yearsToAxis } from '../model/index.ts';
import { type SimStoreApi, useSim } from '../state/store.ts';
import { PLAY_SECONDS, PLAY_SPEEDS } from '../state/sim-state.ts';
import { useText } from './text/index.ts';

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
