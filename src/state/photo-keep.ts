/**
 * "Keep on this device" (issue 15): the photo (as shown, not the original file) and its marks in
 * this browser's IndexedDB, only when the user asks, and gone again when they delete it. Nothing
 * opens the database before that: a visit that never keeps a photo leaves no database behind.
 */
import type { PhotoMarks } from './photo-store.ts';

export const KEEP_DB = 'smp-photo';
const STORE = 'kept';
const KEY = 'photo';

export interface KeptPhoto {
  blob: Blob;
  name: string;
  sample: boolean;
  sourceWidthPx: number;
  sourceHeightPx: number;
  marks: PhotoMarks;
  round: boolean;
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

function open(): Promise<IDBDatabase> {
  const r = indexedDB.open(KEEP_DB, 1);
  r.onupgradeneeded = () => r.result.createObjectStore(STORE);
  return request(r);
}

/** Whether a photo is kept, without creating the database to find out. */
export async function hasKeptPhoto(): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return false;
  const dbs = await indexedDB.databases();
  return dbs.some((d) => d.name === KEEP_DB);
}

export async function keepPhoto(p: KeptPhoto): Promise<void> {
  const db = await open();
  try {
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(p, KEY);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });
  } finally {
    db.close();
  }
}

export async function loadKeptPhoto(): Promise<KeptPhoto | null> {
  if (!(await hasKeptPhoto())) return null;
  const db = await open();
  try {
    const v = (await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY))) as KeptPhoto | undefined;
    return v ?? null;
  } finally {
    db.close();
  }
}

/** Deletes the whole database: nothing of the photo is left on the device. */
export function deleteKeptPhoto(): Promise<void> {
  return new Promise((resolve, reject) => {
    const r = indexedDB.deleteDatabase(KEEP_DB);
    r.onsuccess = () => resolve();
    r.onerror = () => reject(r.error ?? new Error('IndexedDB delete failed'));
    // Another tab holding it open: the delete completes when that tab lets go.
    r.onblocked = () => resolve();
  });
}
