/**
 * Written by `npm run calibrate` (test/tools/calibrate.ts) from the light-transport reference
 * (src/model/light/calibrate.ts): do not edit by hand. Linear sRGB under diffuse D65, per channel
 * R, G, B; kernels per unit of opaque ink area; transmittances relative to the same skin.
 */
export const LIGHT_TABLES = {
  "photons": {
    "kernel": 60000,
    "field": 8000,
    "hair": 4000,
    "skin": 40000
  },
  "field": {
    "densityPerMm2": 1.5,
    "ballDiameterMm": 0.3,
    "depthMm": 0.35
  },
  "tones": [
    {
      "tone": 3,
      "skin": [
        0.46124,
        0.30608,
        0.23246
      ],
      "kernels": [
        {
          "depthMm": 0.2,
          "core": [
            0.68192,
            0.79486,
            0.8346
          ],
          "coreSigmaMm": [
            0.13,
            0.16,
            0.14
          ],
          "halo": [
            3.9494,
            2.0268,
            1.1683
          ],
          "haloLengthMm": [
            0.42,
            0.32,
            0.34
          ],
          "total": [
            4.6313,
            2.8217,
            2.0029
          ],
          "totalError": [
            0.10015,
            0.14194,
            0.18168
          ]
        },
        {
          "depthMm": 0.35,
          "core": [
            0.6344,
            0.65584,
            0.67607
          ],
          "coreSigmaMm": [
            0.255,
            0.22,
            0.31
          ],
          "halo": [
            3.0402,
            1.2437,
            0.4271
          ],
          "haloLengthMm": [
            0.51,
            0.47,
            0.41
          ],
          "total": [
            3.6746,
            1.8995,
            1.1032
          ],
          "totalError": [
            0.15739,
            0.060043,
            0.034165
          ]
        },
        {
          "depthMm": 0.5,
          "core": [
            0.16198,
            0.022106,
            0.016614
          ],
          "coreSigmaMm": [
            0.225,
            0.1,
            0.1
          ],
          "halo": [
            3.0395,
            1.1668,
            0.53611
          ],
          "haloLengthMm": [
            0.52,
            0.41,
            0.34
          ],
          "total": [
            3.2015,
            1.1889,
            0.55273
          ],
          "totalError": [
            0.085042,
            0.077447,
            0.058304
          ]
        },
        {
          "depthMm": 0.8,
          "core": [
            0.11699,
            0.13869,
            0.050436
          ],
          "coreSigmaMm": [
            0.395,
            0.395,
            0.355
          ],
          "halo": [
            2.068,
            0.32971,
            0.098835
          ],
          "haloLengthMm": [
            0.67,
            0.7,
            0.57
          ],
          "total": [
            2.185,
            0.46839,
            0.14927
          ],
          "totalError": [
            0.035468,
            0.032642,
            0.019395
          ]
        },
        {
          "depthMm": 1.2,
          "core": [
            0.0093473,
            0.0032485,
            0
          ],
          "coreSigmaMm": [
            0.11,
            0.1,
            0.1
          ],
          "halo": [
            1.1174,
            0.10452,
            0.01038
          ],
          "haloLengthMm": [
            0.96,
            0.67,
            0.56
          ],
          "total": [
            1.1267,
            0.10777,
            0.01038
          ],
          "totalError": [
            0.010215,
            0.033689,
            0.0068301
          ]
        }
      ],
      "depositField": {
        "transmittance": [
          0.68562,
          0.81972,
          0.90436
        ],
        "error": [
          0.0020133,
          0.0015447,
          0.0031712
        ]
      },
      "hair": {
        "black": {
          "transmittance": [
            0.66607,
            0.81042,
            0.87803
          ],
          "error": [
            0.011329,
            0.0089125,
            0.0083047
          ]
        },
        "dark-brown": {
          "transmittance": [
            0.66185,
            0.80395,
            0.89913
          ],
          "error": [
            0.021437,
            0.011881,
            0.024989
          ]
        },
        "brown": {
          "transmittance": [
            0.68456,
            0.8127,
            0.87057
          ],
          "error": [
            0.012104,
            0.0045944,
            0.011283
          ]
        },
        "light-brown": {
          "transmittance": [
            0.74458,
            0.83896,
            0.86035
          ],
          "error": [
            0.0039729,
            0.0097778,
            0.017398
          ]
        }
      }
    },
    {
      "tone": 6,
      "skin": [
        0.33169,
        0.19107,
        0.11158
      ],
      "kernels": [
        {
          "depthMm": 0.2,
          "core": [
            0.6596,
            0.50065,
            1.1331
          ],
          "coreSigmaMm": [
            0.1,
            0.1,
            0.185
          ],
          "halo": [
            3.1799,
            2.1767,
            0.27715
          ],
          "haloLengthMm": [
            0.37,
            0.27,
            0.64
          ],
          "total": [
            3.8395,
            2.6774,
            1.4102
          ],
          "totalError": [
            0.15917,
            0.097971,
            0.21174
          ]
        },
        {
          "depthMm": 0.35,
          "core": [
            0.97074,
            0.059533,
            0.50282
          ],
          "coreSigmaMm": [
            0.285,
            0.1,
            0.175
          ],
          "halo": [
            2.4766,
            1.5775,
            0.37097
          ],
          "haloLengthMm": [
            0.58,
            0.28,
            0.47
          ],
          "total": [
            3.4474,
            1.637,
            0.87379
          ],
          "totalError": [
            0.032359,
            0.048733,
            0.09525
          ]
        },
        {
          "depthMm": 0.5,
          "core": [
            0.55055,
            0.39075,
            0.078823
          ],
          "coreSigmaMm": [
            0.395,
            0.395,
            0.175
          ],
          "halo": [
            2.2582,
            0.72707,
            0.24002
          ],
          "haloLengthMm": [
            0.56,
            0.41,
            0.36
          ],
          "total": [
            2.8088,
            1.1178,
            0.31885
          ],
          "totalError": [
            0.10669,
            0.11614,
            0.10095
          ]
        },
        {
          "depthMm": 0.8,
          "core": [
            0.026487,
            0.11099,
            0.062229
          ],
          "coreSigmaMm": [
            0.1,
            0.395,
            0.315
          ],
          "halo": [
            1.7232,
            0.2876,
            0
          ],
          "haloLengthMm": [
            0.7,
            0.69,
            0.15
          ],
          "total": [
            1.7496,
            0.3986,
            0.062229
          ],
          "totalError": [
            0.058378,
            0.044334,
            0.027412
          ]
        },
        {
          "depthMm": 1.2,
          "core": [
            0.030717,
            0,
            0.0035162
          ],
          "coreSigmaMm": [
            0.395,
            0.1,
            0.1
          ],
          "halo": [
            0.92145,
            0.083089,
            0
          ],
          "haloLengthMm": [
            0.95,
            0.42,
            0.54
          ],
          "total": [
            0.95217,
            0.083089,
            0.0035162
          ],
          "totalError": [
            0.025187,
            0.015775,
            0.01572
          ]
        }
      ],
      "depositField": {
        "transmittance": [
          0.70865,
          0.84083,
          0.93029
        ],
        "error": [
          0.0031149,
          0.0024729,
          0.0033477
        ]
      },
      "hair": {
        "black": {
          "transmittance": [
            0.67782,
            0.82661,
            0.92323
          ],
          "error": [
            0.0087796,
            0.013078,
            0.032814
          ]
        },
        "dark-brown": {
          "transmittance": [
            0.68464,
            0.83314,
            0.89812
          ],
          "error": [
            0.010241,
            0.017773,
            0.016129
          ]
        },
        "brown": {
          "transmittance": [
            0.71094,
            0.84961,
            0.88232
          ],
          "error": [
            0.0124,
            0.0065032,
            0.019923
          ]
        },
        "light-brown": {
          "transmittance": [
            0.77207,
            0.86199,
            0.85494
          ],
          "error": [
            0.012591,
            0.0087118,
            0.018081
          ]
        }
      }
    }
  ]
} as const;
