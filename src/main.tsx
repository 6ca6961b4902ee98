import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, probeWebGL } from './ui/App.tsx';
import { startLayoutWorker } from './render/layout-client.ts';
import { allowLaterText, loadLanguage, loadNoticeWords } from './ui/text/index.ts';
import { createSimStore, pickState } from './state/store.ts';
import { parseQuery, serializeState } from './state/url.ts';
import { exposeForScripts } from './expose.ts';
import './ui/styles.css';

// The link's state now; its notices once the interface's text (the words) has loaded, below.
const parsed = parseQuery(window.location.search);
const store = createSimStore(parsed.state);

// For scripts that drive the page (benchmark, tests): the store, and the renderer once it exists.
exposeForScripts('store', store);

// The link's language shows from the first paint (its table loads first); English if that one
// cannot load.
const text = await loadLanguage(parsed.state.lang ?? 'en')
  .catch(() => loadLanguage('en'))
  .catch(() => null);
// A link that needs notices has them worded before the first paint (their words load only then).
if (text && parsed.unworded > 0) {
  const words = await loadNoticeWords(parsed.state.lang).catch(() => null);
  if (words) store.setState({ notices: parseQuery(window.location.search, words).notices, noticeQuery: window.location.search });
}

// Moving a control rewrites the link in place (no reload, no history spam), a beat after the move.
let pending = 0;
store.subscribe(() => {
  window.clearTimeout(pending);
  pending = window.setTimeout(() => {
    const query = serializeState(pickState(store.getState()));
    if (window.location.search !== `?${query}`) window.history.replaceState(null, '', `?${query}`);
  }, 120);
});

// Keep the app for offline use (the built site only: the dev server's files change as you edit).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch((e: unknown) => console.warn('Offline use is unavailable:', e));
}

const webgl = probeWebGL();
// The layout worker starts now, so it is ready when the scene asks for the first layout.
if (webgl.webgl2) startLayoutWorker();
// What the first view does without (the keyboard list, the demo's steps, the printed summary's
// words) loads once the first frame is up; with no 3D view there is no first frame to wait for.
const later = (): void => allowLaterText(store.getState().lang);
if (webgl.webgl2) window.addEventListener('smp-first-frame', later, { once: true });
else later();

const root = document.getElementById('root');
if (root && !text) {
  // No text table at all (the network went away between the page and its text): say so plainly.
  root.textContent =
    'The page could not load its text. Check the connection and reload. / La página no pudo cargar su texto. Compruebe la conexión y vuelva a cargarla.';
} else if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} webgl={webgl} />
    </StrictMode>,
  );
}
