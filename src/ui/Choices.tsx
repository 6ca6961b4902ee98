/**
 * The choices that change the course: aftercare, sun protection, pigment grade and type, technique
 * depth and needle, continued hair loss, and laser removal. All of them change uniforms only (and the
 * plot), never the layout.
 */
import { PIGMENT_GRADES, PIGMENT_TYPES, type PigmentGrade, type PigmentType, LASER_INTERVAL_DAYS, laserRemovalShare } from '../model/index.ts';
import { useShallow } from 'zustand/react/shallow';
import { type SimStoreApi, useSim } from '../state/store.ts';
import { LIMITS, NEEDLES, type NeedleChoice, needleFor } from '../state/sim-state.ts';
import { CommitSlider } from './Designer.tsx';
import { type UiText, useText } from './text/index.ts';

export function needleLabel(n: NeedleChoice, skin: number, t: UiText): string {
  if (n === 'auto') return t.needleAuto(needleFor(n, skin).needleMm.toFixed(2));
  const [group, mm] = n.split('-');
  return `${group!.toUpperCase()} ${mm} mm`;
}

export function Choices({ store }: { store: SimStoreApi }) {
  // Only what the panel shows: playback moves the years every frame and must not re-render it.
  const s = useSim(
    store,
    useShallow((st) => ({
      aftercare: st.aftercare,
      depth: st.depth,
      grade: st.grade,
      hat: st.hat,
      laser: st.laser,
      laserSessions: st.laserSessions,
      needle: st.needle,
      pattern: st.pattern,
      pigment: st.pigment,
      progression: st.progression,
      set: st.set,
      skin: st.skin,
      spf: st.spf,
    })),
  );
  const t = useText(store);
  const set = s.set;
  const changed = [
    s.aftercare !== 0.5,
    s.spf,
    s.hat,
    s.grade !== 'standard',
    s.pigment !== 'carbon',
    s.depth !== 0.35,
    s.needle !== 'auto',
    s.progression > 0,
    s.laser !== null,
  ].filter(Boolean).length;
  return (
    <details className="designer">
      <summary>
        <span>{t.choices}</span>
        <span className="value">{changed === 0 ? t.typical : t.changed(changed)}</span>
      </summary>
      <CommitSlider
        id="aftercare"
        label={t.aftercare}
        min={0}
        max={1}
        step={0.05}
        value={s.aftercare}
        words={t.aftercareWords}
        onCommit={(v) => set({ aftercare: v })}
      />
      <div className="pair checks">
        <label className="toggle">
          <input type="checkbox" checked={s.spf} onChange={(e) => set({ spf: e.currentTarget.checked })} />
          {t.spf}
        </label>
        <label className="toggle">
          <input type="checkbox" checked={s.hat} onChange={(e) => set({ hat: e.currentTarget.checked })} />
          {t.hat}
        </label>
      </div>
      <div className="pair">
        <label>
          <span>{t.gradeLabel}</span>
          <select value={s.grade} onChange={(e) => set({ grade: e.currentTarget.value as PigmentGrade })}>
            {PIGMENT_GRADES.map((g) => (
              <option key={g} value={g}>
                {t.grades[g]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t.pigmentLabel}</span>
          <select value={s.pigment} onChange={(e) => set({ pigment: e.currentTarget.value as PigmentType })}>
            {PIGMENT_TYPES.map((p) => (
              <option key={p} value={p}>
                {t.pigments[p]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <CommitSlider
        id="depth"
        label={t.depth}
        min={LIMITS.depth[0]}
        max={LIMITS.depth[1]}
        step={0.05}
        value={s.depth}
        words={t.depthWords}
        onCommit={(v) => set({ depth: v })}
      />
      <label className="wide">
        <span>{t.needle}</span>
        <select value={s.needle} onChange={(e) => set({ needle: e.currentTarget.value as NeedleChoice })}>
          {NEEDLES.map((n) => (
            <option key={n} value={n}>
              {needleLabel(n, s.skin, t)}
            </option>
          ))}
        </select>
      </label>
      <CommitSlider
        id="progression"
        label={t.furtherLoss}
        min={0}
        max={3}
        step={0.25}
        value={s.progression}
        words={(v) => t.lossWords(v, s.pattern.kind === 'norwood')}
        onCommit={(v) => set({ progression: v })}
      />
      <label className="toggle">
        <input type="checkbox" checked={s.laser !== null} onChange={(e) => store.getState().setLaser(e.currentTarget.checked)} />
        {t.laser}
      </label>
      {s.laser !== null && (
        <>
          <CommitSlider
            id="laser-start"
            label={t.laserStarts}
            min={LIMITS.laser[0]}
            max={LIMITS.laser[1]}
            step={0.1}
            value={s.laser}
            words={t.years}
            onCommit={(v) => set({ laser: v })}
          />
          <CommitSlider
            id="laser-sessions"
            label={t.laserSessions}
            min={LIMITS.laserSessions[0]}
            max={LIMITS.laserSessions[1]}
            step={1}
            value={s.laserSessions}
            words={(v) => t.laserWords(v, LASER_INTERVAL_DAYS / 7, Math.round(laserRemovalShare(v) * 100))}
            onCommit={(v) => set({ laserSessions: v })}
          />
        </>
      )}
    </details>
  );
}
