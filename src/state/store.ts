/** One store for the whole app: zustand's vanilla core, with a thin React hook over it. */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { type SimState, DENSITY_MODE_HAIR_MM, LIMITS, MAX_YEARS, defaultState } from './sim-state.ts';
import { HAIRLINE_DESIGNS, HEAD_SHAPES, MAX_TOUCH_UPS, touchUpsEvery, type HairlinePreset, type HeadPreset, type SmpMode } from '../model/index.ts';
import { clampYears, yearsAfterKey } from './years.ts';

/**
 * Why the 3D view cannot be drawn, as facts the interface words in its language: a shader the driver
 * refused (with the driver's own log, '' when it gave none), the layout worker failing (the
 * browser's message), or a layout larger than the device's textures.
 */
export type SceneFault = { kind: 'shader'; log: string } | { kind: 'worker'; message: string } | { kind: 'texture'; cols: number; rows: number; maxPx: number };

export interface SimStore extends SimState {
  /** Plain-language notices about the link that opened the page, and the link itself (to word them in another language). */
  notices: string[];
  noticeQuery: string | null;
  /** Draw the SMP impressions (off: the same head without them, for before/after). */
  showDots: boolean;
  /** Transient UI state, never in the link: the time-lapse, the help overlay, the guided demo. */
  playing: boolean;
  helpOpen: boolean;
  demo: { step: number; paused: boolean } | null;
  /** The 3D view's health: the WebGL context lost (and being restored), or a shader the driver refused. */
  glLost: boolean;
  glError: SceneFault | null;
  /** Photo mode (issue 15): the client's own photo instead of the head; never in a link. */
  photoMode: boolean;
  /** Fields with no rule between them (sliders, selects): the panel sets them directly. */
  set: (
    patch: Partial<SimState> & {
      showDots?: boolean;
      playing?: boolean;
      helpOpen?: boolean;
      demo?: { step: number; paused: boolean } | null;
      glLost?: boolean;
      glError?: SceneFault | null;
      photoMode?: boolean;
    },
  ) => void;
  dismissNotices: () => void;

  // Named actions: where a change keeps a rule, the rule is written here once.
  /** The time, within the axis and on a whole day. */
  setYears: (years: number) => void;
  /** The keyboard's move in time (src/state/years.ts); false for a key that does not move it. */
  keyYears: (key: string) => boolean;
  /** Compare on (five years on from now, within the axis) or off. */
  toggleCompare: () => void;
  /** Density mode keeps some of the client's length: at least DENSITY_MODE_HAIR_MM. */
  setMode: (mode: SmpMode) => void;
  /** A preset replaces the design or shape made from the previous one. */
  chooseHairline: (preset: HairlinePreset) => void;
  chooseHead: (preset: HeadPreset) => void;
  /** Touch-ups: kept in order, within LIMITS.touchup, to 0.01 y, no two at once, at most MAX_TOUCH_UPS. */
  addTouchUp: (years: number) => void;
  /** While dragging: the order is settled when the hand lets go (settleTouchUps). */
  moveTouchUp: (index: number, years: number) => void;
  settleTouchUps: () => void;
  removeTouchUp: (index: number) => void;
  setTouchUpsEvery: (everyYears: number) => void;
  /** Laser on (starting now, not before half a year, to 0.1 y) or off. */
  setLaser: (on: boolean) => void;
  togglePlaying: () => void;
  setHelp: (open: boolean) => void;
  /** The guided demo paused or running again. */
  togglePause: () => void;
}

const touchUpYears = (y: number): number => Math.round(Math.min(LIMITS.touchup[1], Math.max(LIMITS.touchup[0], y)) * 100) / 100;
const inOrder = (ys: readonly number[]): number[] => [...ys].sort((a, b) => a - b);

export function createSimStore(initial: Partial<SimState> = {}, notices: string[] = [], noticeQuery: string | null = null) {
  return createStore<SimStore>()((set, get) => ({
    ...defaultState,
    ...initial,
    notices,
    noticeQuery,
    showDots: true,
    playing: false,
    helpOpen: false,
    demo: null,
    glLost: false,
    glError: null,
    photoMode: false,
    set: (patch) => set(patch),
    dismissNotices: () => set({ notices: [], noticeQuery: null }),
    setYears: (years) => set({ years: clampYears(years) }),
    keyYears: (key) => {
      const next = yearsAfterKey(get().years, key);
      if (next === null) return false;
      set({ years: next });
      return true;
    },
    toggleCompare: () => set((s) => ({ compare: s.compare === null ? Math.min(MAX_YEARS, Math.round(s.years) + 5) : null })),
    setMode: (mode) => set((s) => ({ mode, stubble: mode === 'density' ? Math.max(s.stubble, DENSITY_MODE_HAIR_MM) : s.stubble })),
    chooseHairline: (hairline) => set({ hairline, design: HAIRLINE_DESIGNS[hairline] }),
    chooseHead: (head) => set({ head, shape: HEAD_SHAPES[head] }),
    addTouchUp: (years) =>
      set((s) => {
        const v = touchUpYears(years);
        return s.touchups.includes(v) || s.touchups.length >= MAX_TOUCH_UPS ? {} : { touchups: inOrder([...s.touchups, v]) };
      }),
    moveTouchUp: (index, years) => set((s) => ({ touchups: s.touchups.map((y, i) => (i === index ? touchUpYears(years) : y)) })),
    settleTouchUps: () => set((s) => ({ touchups: inOrder(s.touchups) })),
    removeTouchUp: (index) => set((s) => ({ touchups: s.touchups.filter((_, i) => i !== index) })),
    setTouchUpsEvery: (everyYears) => set({ touchups: everyYears > 0 ? touchUpsEvery(everyYears) : [] }),
    setLaser: (on) => set((s) => ({ laser: on ? Math.max(0.5, Math.round(s.years * 10) / 10) : null })),
    togglePlaying: () => set((s) => ({ playing: !s.playing })),
    setHelp: (helpOpen) => set({ helpOpen }),
    togglePause: () => set((s) => (s.demo ? { demo: { ...s.demo, paused: !s.demo.paused } } : {})),
  }));
}

export type SimStoreApi = ReturnType<typeof createSimStore>;

export function useSim<T>(store: SimStoreApi, selector: (s: SimStore) => T): T {
  return useStore(store, selector);
}

/**
 * The named fields of the store, re-rendering only when one of them changes (compared one by one):
 * what a component shows, not the whole store.
 */
export function useSimFields<K extends keyof SimStore>(store: SimStoreApi, keys: readonly K[]): Pick<SimStore, K> {
  return useStore(
    store,
    useShallow((s: SimStore) => {
      const out = {} as Pick<SimStore, K>;
      for (const k of keys) out[k] = s[k];
      return out;
    }),
  );
}

export function pickState(s: SimStore): SimState {
  return {
    years: s.years,
    sun: s.sun,
    oil: s.oil,
    skin: s.skin,
    view: s.view,
    seed: s.seed,
    density: s.density,
    stubble: s.stubble,
    hair: s.hair,
    pattern: s.pattern,
    mode: s.mode,
    hairline: s.hairline,
    design: s.design,
    head: s.head,
    shape: s.shape,
    scar: s.scar,
    sessions: s.sessions,
    sessionDays: s.sessionDays,
    touchups: s.touchups,
    aftercare: s.aftercare,
    spf: s.spf,
    hat: s.hat,
    grade: s.grade,
    pigment: s.pigment,
    depth: s.depth,
    needle: s.needle,
    progression: s.progression,
    laser: s.laser,
    laserSessions: s.laserSessions,
    playTo: s.playTo,
    playSpeed: s.playSpeed,
    range: s.range,
    compare: s.compare,
    versus: s.versus,
    panes: s.panes,
    split: s.split,
    present: s.present,
    slice: s.slice,
    lang: s.lang,
  };
}
