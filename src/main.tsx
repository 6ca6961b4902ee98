import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, probeWebGL } from './ui/App.tsx';
import { startLayoutWorker } from './render/layout-client.ts';
import { loadLanguage } from './ui/text/index.ts';
import { createSimStore, pickState } from './state/store.ts';
import { parseQuery, serializeState } from './state/url.ts';
import { exposeForScripts } from './ui/expose.ts';
import './ui/styles.css';

const parsed = parseQuery(window.location.search);
const store = createSimStore(parsed.state, parsed.notices, window.location.search);

// Moving a control rewrites the link in place (no reload, no history spam), a beat after the move.
let pending = 0;
store.subscribe(() => {
  window.clearTimeout(pending);
  pending = window.setTimeout(() => {
    const query = serializeState(pickState(store.getState()));
    if (window.location.search !== `?${query}`) window.history.replaceState(null, '', `?${query}`);
  }, 120);
});

// For scripts that drive the page (benchmark, tests): the store, and the renderer once it exists.
exposeForScripts('store', store);

// A link in another language shows that language from the first paint (its table loads first).
await loadLanguage(parsed.state.lang ?? 'en').catch(() => undefined);

// Keep the app for offline use (the built site only: the dev server's files change as you edit).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch((e: unknown) => console.warn('Offline use is unavailable:', e));
}

const webgl = probeWebGL();
// The layout worker starts now, so it is ready when the scene asks for the first layout.
if (webgl.webgl2) startLayoutWorker();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} webgl={webgl} />
    </StrictMode>,
  );
}
