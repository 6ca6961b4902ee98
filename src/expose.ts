/**
 * What the page hands to scripts that drive it (the benchmark, the browser tests): window.smp.
 * Nothing in the app reads it. Below every layer: the model's neighbours, the scene and the
 * interface all hand things over through it.
 */
export function exposeForScripts(key: string, value: unknown): void {
  const w = window as unknown as { smp?: Record<string, unknown> };
  w.smp = { ...(w.smp ?? {}), [key]: value };
}
