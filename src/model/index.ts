/** Public surface of the model: pure TypeScript, no three, React or DOM. */
export * from './conditions.ts';
export * from './degradation.ts';
export * from './colour.ts';
export * from './optics.ts';
