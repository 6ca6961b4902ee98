/**
 * What the page hands to scripts that drive it (the benchmark, the browser tests): window.smp.
 * Nothing in the app reads it.
 */
export function exposeForScripts(key: string, value: unknown): void {
  const w = window as unknown as { smp?: Record<string, unknown> };
  w.smp = { ...(w.smp ?? {}), [key]: value };
}
