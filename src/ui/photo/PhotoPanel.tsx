/**
 * Photo mode's panel (issue 15): bring a photo (picker, camera, drop, paste, or the sample), set
 * the scale, choose the tool, undo and redo, zoom, keep it on this device or delete it. Every other
 * control of the panel (time, sun, oil, sessions, choices, compare, export, print) drives the photo
 * as it drives the head.
 */
import { useEffect, useId, useState } from 'react';
import { type SimStoreApi, useSim } from '../../state/store.ts';
import { BRUSH_MM, MAX_PHOTO_ZOOM, type PhotoTool, marksMmPerPx, photoStore, scaleInRange, usePhoto } from '../../state/photo-store.ts';
import { PHOTO_TEXT } from './photo-text.ts';
import './photo.css';
import { followKeep, importPhoto, loadSample, openKept, setKeep } from './photo-actions.ts';
import { deleteKeptPhoto } from '../../state/photo-keep.ts';

const TOOLS: readonly PhotoTool[] = ['brush', 'eraser', 'hairline', 'scale', 'outline'];

export default function PhotoPanel({ store }: { store: SimStoreApi }) {
  const lang = useSim(store, (s) => s.lang);
  const t = PHOTO_TEXT[lang];
  const image = usePhoto((s) => s.image);
  const marks = usePhoto((s) => s.marks);
  const tool = usePhoto((s) => s.tool);
  const brushMm = usePhoto((s) => s.brushMm);
  const round = usePhoto((s) => s.round);
  const kept = usePhoto((s) => s.kept);
  const busy = usePhoto((s) => s.busy);
  const problem = usePhoto((s) => s.problem);
  const zoom = usePhoto((s) => s.zoom);
  const canUndo = usePhoto((s) => s.past.length > 0);
  const canRedo = usePhoto((s) => s.future.length > 0);
  const [said, setSaid] = useState('');
  const id = useId();
  const st = photoStore.getState;

  // A photo kept earlier opens with photo mode; changes to a kept photo are stored as they happen.
  useEffect(() => {
    if (!photoStore.getState().image) void openKept();
    return followKeep();
  }, []);

  const onFile = (e: React.ChangeEvent<HTMLInputElement>): void => {
    const file = e.currentTarget.files?.[0];
    e.currentTarget.value = '';
    if (file) void importPhoto(file, file.name);
  };
  const mmPerPx = marksMmPerPx(marks);
  // A scale that puts the photo outside PHOTO_SPAN_MM draws no dots (src/render/PhotoPlane.tsx): said here.
  const scaleOff = image !== null && (mmPerPx === null || !scaleInRange(mmPerPx, image));
  const n = marks.outline.length;

  return (
    <section className="photo-panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.heading}</h2>
      <p className="privacy-note">{t.privacy}</p>
      <div className="photo-sources">
        <label className="file-button">
          {t.choose}
          <input type="file" accept="image/jpeg,image/png,image/webp,image/*" onChange={onFile} data-photo-input="" />
        </label>
        <label className="file-button">
          {t.camera}
          <input type="file" accept="image/*" capture="environment" onChange={onFile} />
        </label>
        <button type="button" onClick={() => void loadSample()}>
          {t.sample}
        </button>
      </div>
      <p className="hint">{image?.sample ? t.sampleNote : t.dropHint}</p>
      {busy && <p role="status">{t.busy}</p>}
      {problem && (
        <p className="photo-problem" role="alert">
          {t.problem[problem]}
        </p>
      )}
      {scaleOff && (
        <p className="photo-problem" role="alert">
          {t.problem['scale-range']}
        </p>
      )}
      {image && (
        <>
          {image.sourceWidthPx !== image.widthPx && (
            <p className="hint">{t.downscaled(image.widthPx, image.heightPx, image.sourceWidthPx, image.sourceHeightPx)}</p>
          )}
          <fieldset className="photo-tools">
            <legend>{t.tools}</legend>
            {TOOLS.map((k) => (
              <label key={k}>
                <input type="radio" name={`${id}-tool`} checked={tool === k} onChange={() => st().set({ tool: k })} />
                {t.tool[k]}
              </label>
            ))}
          </fieldset>
          <p className="hint">{t.toolHelp[tool]}</p>
          <label className="slider">
            <span>
              {t.brushSize}: <output>{t.mm(brushMm, lang)}</output>
            </span>
            <input
              type="range"
              min={BRUSH_MM[0]}
              max={BRUSH_MM[1]}
              step={1}
              value={brushMm}
              onChange={(e) => st().set({ brushMm: Number(e.currentTarget.value) })}
            />
          </label>
          <label className="number">
            <span>{t.scaleLength}</span>
            <input
              type="number"
              min={1}
              max={1000}
              step={1}
              value={marks.scale.lengthMm}
              onChange={(e) => {
                const v = Number(e.currentTarget.value);
                if (Number.isFinite(v) && v > 0) st().mark((m) => ({ ...m, scale: { ...m.scale, lengthMm: Math.min(1000, v) } }));
              }}
            />
          </label>
          {mmPerPx !== null && (
            <p className="scale-shown" data-mm-per-px={mmPerPx}>
              {t.scaleShown(mmPerPx, lang)}
            </p>
          )}
          <label className="check">
            <input type="checkbox" checked={round} onChange={(e) => st().set({ round: e.currentTarget.checked })} />
            {t.round}
          </label>
          <p className="hint" data-photo-geometry={round && n >= 5 ? 'round' : 'flat'}>
            {round ? (n >= 5 ? t.roundOn : t.roundNeeds(n)) : t.flat}
          </p>
          {n > 0 && (
            <button type="button" onClick={() => st().mark((m) => ({ ...m, outline: [] }))}>
              {t.clearOutline}
            </button>
          )}
          {marks.hairline.length > 0 && (
            <button type="button" onClick={() => st().mark((m) => ({ ...m, hairline: [] }))}>
              {t.clearHairline}
            </button>
          )}
          <div className="photo-history">
            <button type="button" disabled={!canUndo} onClick={() => st().undo()}>
              {t.undo}
            </button>
            <button type="button" disabled={!canRedo} onClick={() => st().redo()}>
              {t.redo}
            </button>
            <button type="button" disabled={zoom >= MAX_PHOTO_ZOOM} onClick={() => st().set({ zoom: Math.min(MAX_PHOTO_ZOOM, zoom * 2) })}>
              {t.zoomIn}
            </button>
            <button type="button" disabled={zoom <= 1} onClick={() => st().set({ zoom: Math.max(1, zoom / 2) })}>
              {t.zoomOut}
            </button>
          </div>
          {marks.area.length === 0 && <p className="hint">{t.noArea}</p>}
          <label className="check">
            <input
              type="checkbox"
              checked={kept}
              onChange={(e) => {
                setSaid('');
                void setKeep(e.currentTarget.checked);
              }}
            />
            {t.keep}
          </label>
          {kept && <p className="hint">{t.keepNote}</p>}
        </>
      )}
      {kept && (
        <button
          type="button"
          onClick={() => {
            void setKeep(false).then(() => deleteKeptPhoto().then(() => setSaid(t.deleted)));
          }}
        >
          {t.delete}
        </button>
      )}
      {said && <p role="status">{said}</p>}
      <button type="button" className="photo-back" onClick={() => store.getState().set({ photoMode: false })}>
        {t.back}
      </button>
    </section>
  );
}
