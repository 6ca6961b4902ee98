/**
 * The consultation designer: the hairline (preset, height above the brows, temple points, corner
 * recession, symmetry, edge profile) and the head's shape (preset and four measures). Changing
 * either rebuilds the layout (and, for the head, the mesh), so sliders commit when the hand rests
 * rather than on every step of a drag.
 */
import { useEffect, useRef, useState } from 'react';
import {
  HAIRLINE_DESIGNS,
  HAIRLINE_LIMITS,
  HAIRLINE_PRESETS,
  HAIRLINE_PROFILES,
  HEAD_LIMITS,
  HEAD_PRESETS,
  HEAD_SHAPES,
  measureHead,
  type HairlineDesign,
  type HairlinePreset,
  type HairlineProfile,
  type HeadPreset,
  type HeadShape,
} from '../model/index.ts';
import { type SimStoreApi, useSim } from '../state/store.ts';
import { useText } from './text/index.ts';

/** Milliseconds a slider must rest before its value rebuilds the scene. */
const COMMIT_DELAY_MS = 180;

export function CommitSlider(props: {
  id: string;
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  words: (v: number) => string;
  onCommit: (v: number) => void;
}) {
  const [local, setLocal] = useState(props.value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => setLocal(props.value), [props.value]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const change = (v: number): void => {
    setLocal(v);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => props.onCommit(v), COMMIT_DELAY_MS);
  };
  return (
    <div className="control compact">
      <label htmlFor={props.id}>
        <span>{props.label}</span>
        <span className="value" aria-hidden="true">
          {props.words(local)}
        </span>
      </label>
      <input
        id={props.id}
        type="range"
        min={props.min}
        max={props.max}
        step={props.step}
        value={local}
        aria-valuetext={props.words(local)}
        onChange={(e) => change(Number(e.currentTarget.value))}
      />
    </div>
  );
}

const share = (v: number): string => `${Math.round(v * 100)} %`;

export function HairlineDesigner({ store }: { store: SimStoreApi }) {
  const t = useText(store);
  const hairline = useSim(store, (s) => s.hairline);
  const design = useSim(store, (s) => s.design);
  const set = useSim(store, (s) => s.set);
  const update = (patch: Partial<HairlineDesign>): void => set({ design: { ...store.getState().design, ...patch } });
  const slider = (key: 'heightCm' | 'temples' | 'recession' | 'symmetry', id: string, label: string, step: number, words: (v: number) => string) => (
    <CommitSlider
      id={id}
      label={label}
      min={HAIRLINE_LIMITS[key][0]}
      max={HAIRLINE_LIMITS[key][1]}
      step={step}
      value={design[key]}
      words={words}
      onCommit={(v) => update({ [key]: v })}
    />
  );
  return (
    <details className="designer">
      <summary>
        {t.hairlineDesign}
        <span className="value">
          {t.hairlines[hairline].split(' (')[0]}
          {design === HAIRLINE_DESIGNS[hairline] ? '' : t.adjusted}
        </span>
      </summary>
      <label className="wide">
        <span>{t.preset}</span>
        <select
          value={hairline}
          onChange={(e) => {
            const h = e.currentTarget.value as HairlinePreset;
            store.getState().chooseHairline(h);
          }}
        >
          {HAIRLINE_PRESETS.map((h) => (
            <option key={h} value={h}>
              {t.hairlines[h]}
            </option>
          ))}
        </select>
      </label>
      {slider('heightCm', 'hairline-height', t.heightAbove, 0.1, t.cm)}
      {slider('temples', 'hairline-temples', t.templePoints, 0.05, t.templeWords)}
      {slider('recession', 'hairline-recession', t.cornerRecession, 0.05, t.recessionWords)}
      {slider('symmetry', 'hairline-symmetry', t.symmetry, 0.05, share)}
      <label className="wide">
        <span>{t.edgeProfile}</span>
        <select value={design.profile} onChange={(e) => update({ profile: e.currentTarget.value as HairlineProfile })}>
          {HAIRLINE_PROFILES.map((p) => (
            <option key={p} value={p}>
              {t.profiles[p]}
            </option>
          ))}
        </select>
      </label>
    </details>
  );
}

export function HeadDesigner({ store }: { store: SimStoreApi }) {
  const t = useText(store);
  const head = useSim(store, (s) => s.head);
  const shape = useSim(store, (s) => s.shape);
  const set = useSim(store, (s) => s.set);
  const update = (patch: Partial<HeadShape>): void => set({ shape: { ...store.getState().shape, ...patch } });
  const slider = (key: keyof HeadShape, id: string, label: string, step: number, words: (v: number) => string) => (
    <CommitSlider
      id={id}
      label={label}
      min={HEAD_LIMITS[key][0]}
      max={HEAD_LIMITS[key][1]}
      step={step}
      value={shape[key]}
      words={words}
      onCommit={(v) => update({ [key]: v })}
    />
  );
  const m = measureHead(shape);
  return (
    <details className="designer">
      <summary>
        {t.headShape}{' '}
        <span className="value">
          {t.heads[head]}
          {shape === HEAD_SHAPES[head] ? '' : t.adjusted}
        </span>
      </summary>
      <label className="wide">
        <span>{t.preset}</span>
        <select
          value={head}
          onChange={(e) => {
            const h = e.currentTarget.value as HeadPreset;
            store.getState().chooseHead(h);
          }}
        >
          {HEAD_PRESETS.map((h) => (
            <option key={h} value={h}>
              {t.heads[h]}
            </option>
          ))}
        </select>
      </label>
      {slider('lengthMm', 'head-length', t.headLength, 1, (v) => `${v.toFixed(0)} mm`)}
      {slider('breadthMm', 'head-breadth', t.headBreadth, 1, (v) => `${v.toFixed(0)} mm`)}
      {slider('crownMm', 'head-crown', t.crownHeight, 1, (v) => `${v > 0 ? '+' : ''}${v.toFixed(0)} mm`)}
      {slider('occiput', 'head-occiput', t.backOfHead, 0.05, t.occiputWords)}
      <p className="hint">{t.cephalic(Math.round((100 * m.breadthMm) / m.lengthMm))}</p>
    </details>
  );
}
