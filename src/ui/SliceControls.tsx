/**
 * Where the cross-section under the skin (issue 16) is shown: hidden, beside the head, or on its
 * own. The slice itself loads when first shown (src/ui/slice/SliceView.tsx).
 */
import { type SimStoreApi, useSim } from '../state/store.ts';
import { SLICE_MODES, type SliceMode } from '../state/sim-state.ts';
import { useText } from './text/index.ts';

export function SliceControls({ store }: { store: SimStoreApi }) {
  const t = useText(store);
  const slice = useSim(store, (s) => s.slice);
  return (
    <label className="slice-controls">
      <span>{t.slice}</span>
      <select value={slice} onChange={(e) => store.getState().set({ slice: e.currentTarget.value as SliceMode })}>
        {SLICE_MODES.map((m) => (
          <option key={m} value={m}>
            {t.sliceModes[m]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The next place in turn (the X key): hidden, beside, alone, hidden. */
export const nextSliceMode = (m: SliceMode): SliceMode => SLICE_MODES[(SLICE_MODES.indexOf(m) + 1) % SLICE_MODES.length]!;
