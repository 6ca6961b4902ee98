import { Component, type ReactNode, Suspense, lazy } from 'react';
import type { SimStoreApi } from '../state/store.ts';
import { Controls, ScenarioSliders } from './Controls.tsx';
import { Readout } from './Readout.tsx';
import { Timeline } from './Timeline.tsx';
import { Sessions } from './Sessions.tsx';
import { Choices } from './Choices.tsx';
import { CompareControls, CompareOverlay } from './Compare.tsx';
import { DemoCaption, DemoRunner, HelpOverlay, PresentBar, PresentControls, usePresentationWake, useShortcuts } from './Presenter.tsx';
import { ExportControls } from './Export.tsx';
import { PrintButton, PrintSummary } from './PrintSummary.tsx';
import { LANGUAGES, LANGUAGE_NAMES, type Language, type UiText, loadLanguage, useText } from './text/index.ts';
import { useSim } from '../state/store.ts';
import { useEffect } from 'react';
import { Notices } from './Notices.tsx';
import { SliceControls } from './SliceControls.tsx';

import { SimScene } from '../render/Scene.tsx';

// Photo mode (issue 15) loads when it is opened: none of it is in the first view.
const PhotoPanel = lazy(() => import('./photo/PhotoPanel.tsx'));
const PhotoOverlay = lazy(() => import('./photo/PhotoOverlay.tsx'));
// The cross-section under the skin (issue 16) loads when first shown.
const SliceView = lazy(() => import('./slice/SliceView.tsx'));

export interface WebGLSupport {
  webgl2: boolean;
  /** Only the older WebGL 1 is offered (old drivers, some blocklisted GPUs): said plainly. */
  webgl1Only?: boolean;
  /** A software rasterizer (SwiftShader, llvmpipe): multisampling there multiplies the cost of every pixel. */
  software: boolean;
}

/**
 * A script may ask for the settings a GPU gets (multisampling) on a software renderer too, so a
 * test draws the configuration users get (test/browser/sturdy.test.ts). Nothing in the app sets it.
 */
function gpuSettingsForced(): boolean {
  return (window as unknown as { smpGpuSettings?: boolean }).smpGpuSettings === true;
}

export function probeWebGL(): WebGLSupport {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return { webgl2: false, software: false, webgl1Only: document.createElement('canvas').getContext('webgl') !== null };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { webgl2: true, software: /swiftshader|llvmpipe|software/i.test(renderer) };
  } catch {
    return { webgl2: false, software: false };
  }
}

function NoWebGL({ t, reason, webgl1Only = false }: { t: UiText; reason?: string; webgl1Only?: boolean }) {
  return (
    <div className="no-webgl" role="alert">
      <h2>{t.noWebglTitle}</h2>
      <p>{webgl1Only ? t.onlyWebgl1Why : t.noWebglWhy}</p>
      <p>{t.noWebglFix}</p>
      {reason !== undefined && <p className="reason">{t.details(reason)}</p>}
    </div>
  );
}

class SceneBoundary extends Component<{ children: ReactNode; t: UiText }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(e: unknown) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  override render() {
    return this.state.error !== null ? <NoWebGL t={this.props.t} reason={this.state.error} /> : this.props.children;
  }
}

/** What the 3D view is going through: a lost context being restored, or a shader the driver refused. */
function GlStatus({ store }: { store: SimStoreApi }) {
  const t = useText(store);
  const lost = useSim(store, (s) => s.glLost);
  const error = useSim(store, (s) => s.glError);
  if (error !== null)
    return (
      <div className="gl-status error" role="alert">
        <h2>{t.glErrorTitle}</h2>
        {error.kind === 'shader' ? (
          <>
            <p>{t.glErrorWhy}</p>
            <p className="reason">{error.log ? t.details(error.log) : t.glErrorNoReason}</p>
          </>
        ) : error.kind === 'worker' ? (
          <>
            <p>{t.faultWorker}</p>
            <p className="reason">{t.details(error.message)}</p>
          </>
        ) : (
          <p>{t.faultTexture(error.cols, error.rows, error.maxPx)}</p>
        )}
      </div>
    );
  return lost ? (
    <p className="gl-status" role="status">
      {t.glLost}
    </p>
  ) : null;
}

function LanguagePicker({ store }: { store: SimStoreApi }) {
  const t = useText(store);
  const lang = useSim(store, (s) => s.lang);
  const set = useSim(store, (s) => s.set);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.title;
  }, [lang, t]);
  return (
    <label className="lang">
      <span>{t.language}</span>
      <select
        value={lang}
        onChange={(e) => {
          const chosen = e.currentTarget.value as Language;
          void loadLanguage(chosen).then(
            () => set({ lang: chosen }),
            () => store.setState({ notices: [t.languageFailed], noticeQuery: null }),
          );
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

export function App({ store, webgl }: { store: SimStoreApi; webgl: WebGLSupport }) {
  useShortcuts(store);
  const present = useSim(store, (s) => s.present);
  const awake = usePresentationWake(store);
  const t = useText(store);
  const photoMode = useSim(store, (s) => s.photoMode);
  const slice = useSim(store, (s) => s.slice);
  return (
    <div className={`app${present ? ' presenting' : ''}${awake ? ' awake' : ''}`}>
      <DemoRunner store={store} />
      <main className={`stage${slice === 'off' ? '' : ` slice-${slice}`}`}>
        {webgl.webgl2 ? (
          <SceneBoundary t={t}>
            <SimScene store={store} label={t.sceneLabel} antialias={!webgl.software || gpuSettingsForced()} />
          </SceneBoundary>
        ) : (
          <NoWebGL t={t} webgl1Only={webgl.webgl1Only === true} />
        )}
        {photoMode && (
          <Suspense fallback={null}>
            <PhotoOverlay store={store} />
          </Suspense>
        )}
        <CompareOverlay store={store} />
        {slice !== 'off' && (
          <Suspense fallback={null}>
            <SliceView store={store} />
          </Suspense>
        )}
        <GlStatus store={store} />
        <DemoCaption store={store} />
        <PresentBar store={store} awake={awake} />
        <p className="caveat">{t.caveat}</p>
      </main>
      <aside className="panel">
        <div className="title-row">
          <h1>{t.title}</h1>
          <LanguagePicker store={store} />
        </div>
        <Notices store={store} />
        {photoMode ? (
          <Suspense fallback={null}>
            <PhotoPanel store={store} />
          </Suspense>
        ) : (
          webgl.webgl2 && (
            <button type="button" className="photo-open" onClick={() => store.getState().set({ photoMode: true })}>
              {t.photoOpen}
            </button>
          )
        )}
        <ScenarioSliders store={store} />
        <Readout store={store} />
        <Timeline store={store} />
        <CompareControls store={store} />
        <SliceControls store={store} />
        <Controls store={store} />
        <Sessions store={store} />
        <Choices store={store} />
        <PresentControls store={store} />
        <ExportControls store={store} />
        <PrintButton store={store} />
        <p className="privacy">{t.privacy}</p>
      </aside>
      <HelpOverlay store={store} />
      <PrintSummary store={store} />
    </div>
  );
}
