/**
 * Written by `npm run calibrate` from src/model/light/tables.ts: the figures the app draws with
 * (Monk 3), to three significant digits (test/unit/light-tables.test.ts holds them to the tables).
 * Do not edit.
 */
export const LIGHT_RENDER = {"field":{"densityPerMm2":1.5,"ballDiameterMm":0.3,"depthMm":0.35},"tone":3,"kernels":[{"depthMm":0.2,"core":[0.977,1.21,0.897],"coreSigmaMm":0.157,"halo":[3.65,1.61,1.11]},{"depthMm":0.35,"core":[0.391,0.54,0.464],"coreSigmaMm":0.199,"halo":[3.28,1.36,0.639]},{"depthMm":0.5,"core":[0.233,0,0.122],"coreSigmaMm":0.233,"halo":[2.97,1.19,0.431]},{"depthMm":0.8,"core":[0,0.0198,0.0256],"coreSigmaMm":0.4,"halo":[2.19,0.449,0.124]},{"depthMm":1.2,"core":[0,0,0],"coreSigmaMm":0.1,"halo":[1.13,0.108,0.0104]}],"depositField":[0.686,0.82,0.904],"hair":{"black":[0.658,0.799,0.881],"dark-brown":[0.669,0.801,0.881],"brown":[0.702,0.811,0.881],"light-brown":[0.761,0.837,0.885]}} as const;
