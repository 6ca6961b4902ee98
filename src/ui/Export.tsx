/**
 * Save the current view as a PNG, at screen size, twice that, or 3840 × 2160 for a projector or
 * print; a small caption on the picture carries the caveat and the scenario's values.
 */
import { useState } from 'react';
import { patternName } from '../model/index.ts';
import type { SimStore, SimStoreApi } from '../state/store.ts';
import { captureFrame } from '../render/capture.ts';
import { type UiText, useText } from './text/index.ts';

export const EXPORT_SIZES = ['screen', 'double', 'uhd'] as const;
export type ExportSize = (typeof EXPORT_SIZES)[number];

/** Pixel size of a picture: the view's own size (device-independent pixels), twice it, or 4K UHD. */
export function exportPixels(size: ExportSize, viewWidth: number, viewHeight: number): [number, number] {
  if (size === 'uhd') return [3840, 2160];
  const k = size === 'double' ? 2 : 1;
  return [Math.max(1, Math.round(viewWidth * k)), Math.max(1, Math.round(viewHeight * k))];
}

/** The scenario in a line, for the caption. */
export function scenarioLine(s: SimStore, t: UiText): string {
  return [
    t.paneAt(s.years),
    t.captionValues.sun(s.sun),
    t.captionValues.oil(s.oil),
    t.monk(s.skin),
    patternName(s.pattern),
    t.captionValues.density(s.density),
    s.spf ? t.captionValues.spf : '',
    s.touchups.length ? t.captionValues.touchUps(s.touchups) : '',
    s.compare !== null ? `${t.compare}: ${t.paneAt(s.compare)}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

export function savePicture(store: SimStoreApi, t: UiText, size: ExportSize): Promise<boolean> {
  const view = document.querySelector<HTMLCanvasElement>('.stage canvas');
  if (!view) return Promise.resolve(false);
  // The view's own pixels (its drawing buffer, in CSS pixels).
  const ratio = window.devicePixelRatio || 1;
  const [w, h] = exportPixels(size, Math.round(view.width / ratio), Math.round(view.height / ratio));
  const frame = captureFrame(w, h);
  if (!frame) return Promise.resolve(false);
  const g = frame.getContext('2d')!;
  const text = t.exportCaption(scenarioLine(store.getState(), t));
  const font = Math.max(11, Math.round(h * 0.018));
  g.font = `600 ${font}px system-ui, sans-serif`;
  const pad = Math.round(font * 0.6);
  const width = Math.min(w - 2 * pad, g.measureText(text).width + 2 * pad);
  g.fillStyle = 'rgba(10, 12, 15, 0.78)';
  g.fillRect(pad, h - pad - font - 2 * pad, width, font + 2 * pad);
  g.fillStyle = '#ffffff';
  g.textBaseline = 'middle';
  g.fillText(text, 2 * pad, h - 2 * pad - font / 2, width - 2 * pad);
  return new Promise((ok) =>
    frame.toBlob((blob) => {
      if (!blob) return ok(false);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `smp-${store.getState().years.toFixed(1)}y-${w}x${h}.png`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      ok(true);
    }, 'image/png'),
  );
}

export function ExportControls({ store }: { store: SimStoreApi }) {
  const t = useText(store);
  const [size, setSize] = useState<ExportSize>('screen');
  const [busy, setBusy] = useState(false);
  return (
    <div className="export" role="group" aria-label={t.exportLabel}>
      <label>
        <span>{t.exportLabel}</span>
        <select value={size} onChange={(e) => setSize(e.currentTarget.value as ExportSize)}>
          {EXPORT_SIZES.map((s) => (
            <option key={s} value={s}>
              {t.exportSizes[s]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          // Let the button show it is working before the (possibly long) 4K frame.
          setTimeout(() => void savePicture(store, t, size).finally(() => setBusy(false)), 30);
        }}
      >
        {t.exportButton}
      </button>
    </div>
  );
}
