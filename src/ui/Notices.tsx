import { type SimStoreApi, useSim } from '../state/store.ts';
import { useText } from './text/index.ts';
import { useMemo } from 'react';
import { parseQuery } from '../state/url.ts';

/** Notices about the link that opened the page: what was clamped or ignored, in plain words. */
export function Notices({ store }: { store: SimStoreApi }) {
  const raw = useSim(store, (s) => s.notices);
  const query = useSim(store, (s) => s.noticeQuery);
  const dismiss = useSim(store, (s) => s.dismissNotices);
  const t = useText(store);
  // Worded in the interface's language, from the link that opened the page.
  const notices = useMemo(() => (query !== null && raw.length > 0 ? parseQuery(query, t.noticeWords).notices : raw), [query, raw, t]);
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
