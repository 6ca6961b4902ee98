import { type SimStoreApi, useSim } from '../state/store.ts';
import { useText } from './text/index.ts';

/** Notices about the link that opened the page: what was clamped or ignored, in plain words. */
export function Notices({ store }: { store: SimStoreApi }) {
  const notices = useSim(store, (s) => s.notices);
  const dismiss = useSim(store, (s) => s.dismissNotices);
  const t = useText(store);
  return (
    <div role="status" className={notices.length > 0 ? 'notices' : 'notices empty'}>
      {notices.length > 0 && (
        <>
          <p>{t.noticesTitle}</p>
          <ul>{notices.map((n, i) => <li key={i}>{n}</li>)}</ul>
          <button type="button" onClick={dismiss}>{t.dismiss}</button>
        </>
      )}
    </div>
  );
}
