import { type SimStoreApi, useSim } from '../state/store.ts';
import { loadNoticeWords, useText } from './text/index.ts';
import { useEffect, useRef } from 'react';
import { parseQuery } from '../state/url.ts';

/** Notices about the link that opened the page: what was clamped or ignored, in plain words. */
export function Notices({ store }: { store: SimStoreApi }) {
  const notices = useSim(store, (s) => s.notices);
  const query = useSim(store, (s) => s.noticeQuery);
  const dismiss = useSim(store, (s) => s.dismissNotices);
  const lang = useSim(store, (s) => s.lang);
  const t = useText(store);
  // Worded in the interface's language (src/main.tsx words them before the first paint); when the
  // language changes, worded again from the link that opened the page.
  const wordedIn = useRef(lang);
  useEffect(() => {
    if (query === null || wordedIn.current === lang) return;
    let alive = true;
    void loadNoticeWords(lang).then((words) => {
      if (!alive || store.getState().noticeQuery !== query) return;
      wordedIn.current = lang;
      store.setState({ notices: parseQuery(query, words).notices });
    });
    return () => {
      alive = false;
    };
  }, [lang, query, store]);
  return (
    <div role="status" className={notices.length > 0 ? 'notices' : 'notices empty'}>
      {notices.length > 0 && (
        <>
          <p>{t.noticesTitle}</p>
          <ul>
            {notices.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
          <button type="button" onClick={dismiss}>
            {t.dismiss}
          </button>
        </>
      )}
    </div>
  );
}
