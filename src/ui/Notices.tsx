import { type SimStoreApi, useSim } from '../state/store.ts';

/** Notices about the link that opened the page: what was clamped or ignored, in plain words. */
export function Notices({ store }: { store: SimStoreApi }) {
  const notices = useSim(store, (s) => s.notices);
  const dismiss = useSim(store, (s) => s.dismissNotices);
  return (
    <div role="status" className={notices.length > 0 ? 'notices' : 'notices empty'}>
      {notices.length > 0 && (
        <>
          <p>Some values in the link were adjusted:</p>
          <ul>{notices.map((n, i) => <li key={i}>{n}</li>)}</ul>
          <button type="button" onClick={dismiss}>Dismiss</button>
        </>
      )}
    </div>
  );
}
