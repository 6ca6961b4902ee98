/** One store for the whole app: zustand's vanilla core, with a thin React hook over it. */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { type SimState, defaultState } from './sim-state.ts';

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
  glError: string | null;
  set: (
    patch: Partial<SimState> & {
      showDots?: boolean;
      playing?: boolean;
      helpOpen?: boolean;
      demo?: { step: number; paused: boolean } | null;
      glLost?: boolean;
      glError?: string | null;
    },
  ) => void;
  dismissNotices: () => void;
}

export function createSimStore(initial: Partial<SimState> = {}, notices: string[] = [], noticeQuery: string | null = null) {
  return createStore<SimStore>()((set) => ({
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
    set: (patch) => set(patch),
    dismissNotices: () => set({ notices: [], noticeQuery: null }),
  }));
}

export type SimStoreApi = ReturnType<typeof createSimStore>;

export function useSim<T>(store: SimStoreApi, selector: (s: SimStore) => T): T {
  return useStore(store, selector);
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
    lang: s.lang,
  };
}
