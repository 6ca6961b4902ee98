/**
 * The choices that change the course: aftercare, sun protection, pigment grade and type, technique
 * depth and needle, continued hair loss, and laser removal. All of them change uniforms only (and the
 * plot), never the layout.
 */
import { PIGMENT_GRADES, PIGMENT_TYPES, type PigmentGrade, type PigmentType, LASER_INTERVAL_DAYS, laserRemovalShare } from '../model/index.ts';
import { type SimStoreApi, useSim } from '../state/store.ts';
import { LIMITS, NEEDLES, type NeedleChoice, needleFor } from '../state/sim-state.ts';
import { CommitSlider } from './Designer.tsx';
import { describeAftercare, describeDepth, formatYears } from './format.ts';

const GRADE_LABELS: Record<PigmentGrade, string> = { premium: 'Premium', standard: 'Standard', low: 'Low grade' };
const PIGMENT_LABELS: Record<PigmentType, string> = { carbon: 'Carbon black', iron_oxide: 'Iron oxide', blend: 'Blend (carbon + iron oxide)' };

export function needleLabel(n: NeedleChoice, skin: number): string {
  if (n === 'auto') return `For the skin tone (1RL ${needleFor(n, skin).needleMm.toFixed(2)} mm)`;
  const [group, mm] = n.split('-');
  return `${group!.toUpperCase()} ${mm} mm`;
}

export function Choices({ store }: { store: SimStoreApi }) {
  const s = useSim(store, (st) => st);
  const set = s.set;
  const changed = [
    s.aftercare !== 0.5, s.spf, s.hat, s.grade !== 'standard', s.pigment !== 'carbon', s.depth !== 0.35, s.needle !== 'auto', s.progression > 0, s.laser !== null,
  ].filter(Boolean).length;
  return (
    <details className="designer">
      <summary>
        <span>Choices that change the course</span>
        <span className="value">{changed === 0 ? 'typical' : `${changed} changed`}</span>
      </summary>
      <CommitSlider id="aftercare" label="Aftercare" min={0} max={1} step={0.05} value={s.aftercare} words={describeAftercare}
        onCommit={(v) => set({ aftercare: v })} />
      <div className="pair checks">
        <label className="toggle">
          <input type="checkbox" checked={s.spf} onChange={(e) => set({ spf: e.currentTarget.checked })} />
          SPF 30+ on the scalp
        </label>
        <label className="toggle">
          <input type="checkbox" checked={s.hat} onChange={(e) => set({ hat: e.currentTarget.checked })} />
          Hat outdoors
        </label>
      </div>
      <div className="pair">
        <label>
          <span>Pigment grade</span>
          <select value={s.grade} onChange={(e) => set({ grade: e.currentTarget.value as PigmentGrade })}>
            {PIGMENT_GRADES.map((g) => <option key={g} value={g}>{GRADE_LABELS[g]}</option>)}
          </select>
        </label>
        <label>
          <span>Pigment type</span>
          <select value={s.pigment} onChange={(e) => set({ pigment: e.currentTarget.value as PigmentType })}>
            {PIGMENT_TYPES.map((t) => <option key={t} value={t}>{PIGMENT_LABELS[t]}</option>)}
          </select>
        </label>
      </div>
      <CommitSlider id="depth" label="Needle depth" min={LIMITS.depth[0]} max={LIMITS.depth[1]} step={0.05} value={s.depth} words={describeDepth}
        onCommit={(v) => set({ depth: v })} />
      <label className="wide">
        <span>Needle</span>
        <select value={s.needle} onChange={(e) => set({ needle: e.currentTarget.value as NeedleChoice })}>
          {NEEDLES.map((n) => <option key={n} value={n}>{needleLabel(n, s.skin)}</option>)}
        </select>
      </label>
      <CommitSlider id="progression" label="Further hair loss" min={0} max={3} step={0.25} value={s.progression}
        words={(v) => (v === 0 ? 'none' : `${v} ${s.pattern.kind === 'norwood' ? 'stages' : 'grades'} a decade`)}
        onCommit={(v) => set({ progression: v })} />
      <label className="toggle">
        <input type="checkbox" checked={s.laser !== null}
          onChange={(e) => set({ laser: e.currentTarget.checked ? Math.max(0.5, Math.round(s.years * 10) / 10) : null })} />
        Laser removal (Q-switched)
      </label>
      {s.laser !== null && (
        <>
          <CommitSlider id="laser-start" label="Laser starts" min={LIMITS.laser[0]} max={LIMITS.laser[1]} step={0.1} value={s.laser}
            words={formatYears} onCommit={(v) => set({ laser: v })} />
          <CommitSlider id="laser-sessions" label="Laser sessions" min={LIMITS.laserSessions[0]} max={LIMITS.laserSessions[1]} step={1}
            value={s.laserSessions} words={(v) => `${v}, every ${LASER_INTERVAL_DAYS / 7} weeks (${Math.round(laserRemovalShare(v) * 100)} % each)`}
            onCommit={(v) => set({ laserSessions: v })} />
        </>
      )}
    </details>
  );
}
