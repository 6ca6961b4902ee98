/** Public surface of the model: pure TypeScript, no three, React or DOM. */
export * from './conditions.ts';
export * from './degradation.ts';
export * from './colour.ts';
export * from './optics.ts';
export * from './vec.ts';
export * from './head.ts';
export * from './ear.ts';
export * from './chart.ts';
export * from './regions.ts';
export * from './random.ts';
export * from './layout.ts';
export * from './dot-field.ts';
export * from './hair.ts';
export * from './pattern.ts';
export * from './scars.ts';
export * from './shades.ts';
export * from './timeline.ts';
