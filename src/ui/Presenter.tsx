/**
 * For the projector and the keyboard: shortcuts (listed on a help overlay, `?`), presentation mode
 * (full window or fullscreen, the panel hidden until the pointer or a key wakes it, large captions)
 * and the guided demo (saved states with captions, pausable, steppable with the arrow keys, looping).
 */
import { useEffect, useRef, useState } from 'react';
import { type SimStoreApi, type SimStore, useSim } from '../state/store.ts';
import { VIEWS } from '../state/sim-state.ts';
import { nextSliceMode } from './SliceControls.tsx';
import { DEMO_STEPS, DEMO_STEP_SECONDS, demoState } from './demo.ts';
import { useLaterText, useText } from './text/index.ts';
import { exposeForScripts } from '../expose.ts';

/**
 * Keys typed into these go to the control, not to the shortcuts; so do keys pressed in an
 * application region (photo mode's marking overlay and its points: arrows move, Space marks).
 */
const isTyping = (el: Element | null): boolean =>
  el instanceof HTMLInputElement && el.type !== 'checkbox' && el.type !== 'radio'
    ? true
    : el instanceof HTMLSelectElement ||
      el instanceof HTMLTextAreaElement ||
      (el instanceof HTMLElement && el.isContentEditable) ||
      el?.closest('[role="application"]') != null;
/** Controls that use the arrow keys themselves. */
const ownsArrows = (el: Element | null): boolean => isTyping(el) || el?.getAttribute('role') === 'slider';

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function setPresenting(store: SimStoreApi, on: boolean): void {
  store.getState().set({ present: on });
  if (on && !document.fullscreenElement) void document.documentElement.requestFullscreen?.().catch(() => undefined);
  if (!on && document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
}

export function startDemo(store: SimStoreApi): void {
  store.getState().set({ ...demoState(0), demo: { step: 0, paused: false }, playing: false });
}

export function stopDemo(store: SimStoreApi): void {
  store.getState().set({ demo: null });
}

export function stepDemo(store: SimStoreApi, by: number): void {
  const d = store.getState().demo;
  if (!d) return;
  const n = DEMO_STEPS.length;
  const step = (((d.step + by) % n) + n) % n;
  store.getState().set({ ...demoState(step), demo: { ...d, step } });
}

/** What each shortcut does; the help overlay lists them (src/ui/text). */
export function handleShortcut(store: SimStoreApi, e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  const s: SimStore = store.getState();
  const target = document.activeElement;
  if (e.key === 'Escape') {
    if (s.helpOpen) s.setHelp(false);
    else if (s.demo) stopDemo(store);
    else if (s.present) setPresenting(store, false);
    else return false;
    return true;
  }
  if (isTyping(target)) return false;
  const arrows = !ownsArrows(target);
  if (s.demo && arrows && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
    stepDemo(store, e.key === 'ArrowRight' ? 1 : -1);
    return true;
  }
  switch (e.key) {
    case ' ':
      // Space presses a focused button or ticks a checkbox; elsewhere it plays.
      if (target instanceof HTMLButtonElement || target instanceof HTMLInputElement || target?.tagName === 'SUMMARY') return false;
      if (s.demo) s.togglePause();
      else s.togglePlaying();
      return true;
    // Up and down stay the page's (it scrolls); the time takes the rest of the keyboard's moves.
    case 'ArrowRight':
    case 'ArrowLeft':
    case 'PageUp':
    case 'PageDown':
    case 'Home':
    case 'End':
      return arrows && s.keyYears(e.key);
    case 'c':
    case 'C':
      s.toggleCompare();
      return true;
    case 'f':
    case 'F':
      toggleFullscreen();
      return true;
    case 'p':
    case 'P':
      setPresenting(store, !s.present);
      return true;
    case 'd':
    case 'D':
      if (s.demo) stopDemo(store);
      else startDemo(store);
      return true;
    case 'x':
    case 'X':
      s.set({ slice: nextSliceMode(s.slice) });
      return true;
    case '?':
      s.setHelp(!s.helpOpen);
      return true;
    default: {
      const i = Number(e.key);
      if (Number.isInteger(i) && i >= 1 && i <= VIEWS.length) {
        s.set({ view: VIEWS[i - 1]! });
        return true;
      }
      return false;
    }
  }
}

export function useShortcuts(store: SimStoreApi): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (handleShortcut(store, e)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}

export function HelpOverlay({ store }: { store: SimStoreApi }) {
  const t = useText(store);
  const later = useLaterText(store);
  const open = useSim(store, (s) => s.helpOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  // A native modal dialog: the browser keeps focus inside it while it is open, makes the page
  // behind it inert and gives it a backdrop; the store says whether it is open.
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      close.current?.focus();
    } else if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="help"
      aria-labelledby="help-title"
      onClose={() => {
        if (store.getState().helpOpen) store.getState().setHelp(false);
      }}
      // a click on the backdrop lands on the dialog itself
      onClick={(e) => {
        if (e.target === e.currentTarget) store.getState().setHelp(false);
      }}
    >
      <div>
        <h2 id="help-title">{t.help}</h2>
        <table>
          <tbody>
            {(later?.shortcuts ?? []).map(([key, what]) => (
              <tr key={key}>
                <th scope="row">
                  <kbd>{key}</kbd>
                </th>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button ref={close} type="button" onClick={() => store.getState().setHelp(false)}>
          {t.close}
        </button>
      </div>
    </dialog>
  );
}

/** Advances the guided demo while it runs and is not paused. */
export function DemoRunner({ store }: { store: SimStoreApi }) {
  const demo = useSim(store, (s) => s.demo);
  useEffect(() => {
    // What the timer does, for scripts that drive a long demo faster than 9 s a step (the soak test).
    exposeForScripts('demoStep', (by: number) => stepDemo(store, by));
  }, [store]);
  useEffect(() => {
    if (!demo || demo.paused) return;
    const timer = setTimeout(() => stepDemo(store, 1), DEMO_STEP_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [demo, store]);
  return null;
}

/** The demo's caption over the view, large, with its controls. */
export function DemoCaption({ store }: { store: SimStoreApi }) {
  const t = useText(store);
  const demo = useSim(store, (s) => s.demo);
  const later = useLaterText(store);
  if (!demo) return null;
  const [title, text] = later?.demoSteps[demo.step] ?? ['', ''];
  return (
    <div className="demo-caption" role="region" aria-label={t.demo} aria-live="polite">
      <p className="demo-step">{t.demoStep(demo.step + 1, DEMO_STEPS.length)}</p>
      <h2>{title}</h2>
      <p className="demo-text">{text}</p>
      <div className="demo-controls">
        <button type="button" onClick={() => stepDemo(store, -1)}>
          {t.demoPrev}
        </button>
        <button type="button" aria-pressed={demo.paused} onClick={() => store.getState().togglePause()}>
          {demo.paused ? t.demoResume : t.demoPause}
        </button>
        <button type="button" onClick={() => stepDemo(store, 1)}>
          {t.demoNext}
        </button>
        <button type="button" onClick={() => stopDemo(store)}>
          {t.demoStop}
        </button>
      </div>
    </div>
  );
}

/**
 * In presentation mode the panel is hidden; moving the pointer or pressing a key shows this bar
 * (and the panel) for a few seconds.
 */
export function usePresentationWake(store: SimStoreApi): boolean {
  const present = useSim(store, (s) => s.present);
  const [awake, setAwake] = useState(false);
  useEffect(() => {
    if (!present) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wake = (): void => {
      setAwake(true);
      clearTimeout(timer);
      timer = setTimeout(() => setAwake(false), 3500);
    };
    window.addEventListener('pointermove', wake);
    window.addEventListener('keydown', wake);
    window.addEventListener('pointerdown', wake);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('keydown', wake);
      window.removeEventListener('pointerdown', wake);
    };
  }, [present]);
  return present && awake;
}

export function PresentBar({ store, awake }: { store: SimStoreApi; awake: boolean }) {
  const t = useText(store);
  const present = useSim(store, (s) => s.present);
  const demo = useSim(store, (s) => s.demo);
  if (!present) return null;
  return (
    <div className={awake ? 'present-bar awake' : 'present-bar'}>
      <button type="button" onClick={() => setPresenting(store, false)}>
        {t.presentExit}
      </button>
      <button type="button" onClick={() => (demo ? stopDemo(store) : startDemo(store))}>
        {demo ? t.demoStop : t.demoStart}
      </button>
      <button type="button" onClick={toggleFullscreen}>
        {t.fullscreen}
      </button>
      <button type="button" onClick={() => store.getState().setHelp(true)}>
        {t.helpOpen}
      </button>
    </div>
  );
}

/** Buttons in the panel: presentation, the demo, help. */
export function PresentControls({ store }: { store: SimStoreApi }) {
  const t = useText(store);
  const demo = useSim(store, (s) => s.demo);
  return (
    <div className="present-controls" role="group" aria-label={t.present}>
      <button type="button" onClick={() => setPresenting(store, true)}>
        {t.present}
      </button>
      <button type="button" onClick={() => (demo ? stopDemo(store) : startDemo(store))}>
        {demo ? t.demoStop : t.demoStart}
      </button>
      <button type="button" onClick={() => store.getState().setHelp(true)}>
        {t.helpOpen}
      </button>
    </div>
  );
}
