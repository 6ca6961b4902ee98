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
            0.97679,
            1.21,
            0.89658
          ],
          "coreSigmaMm": [
            0.1565,
            0.1565,
            0.1565
          ],
          "halo": [
            3.6545,
            1.6117,
            1.1063
          ],
          "haloLengthMm": [
            0.47763,
            0.40705,
            0.30959
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
            0.39147,
            0.53998,
            0.46416
          ],
          "coreSigmaMm": [
            0.19906,
            0.19906,
            0.19906
          ],
          "halo": [
            3.2831,
            1.3595,
            0.63901
          ],
          "haloLengthMm": [
            0.49591,
            0.40454,
            0.38614
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
            0.23277,
            0,
            0.12169
          ],
          "coreSigmaMm": [
            0.23287,
            0.23287,
            0.23287
          ],
          "halo": [
            2.9687,
            1.1889,
            0.43104
          ],
          "haloLengthMm": [
            0.56017,
            0.38128,
            0.42415
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
            0,
            0.019845,
            0.025592
          ],
          "coreSigmaMm": [
            0.4,
            0.4,
            0.4
          ],
          "halo": [
            2.185,
            0.44855,
            0.12368
          ],
          "haloLengthMm": [
            0.60153,
            0.52612,
            0.4605
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
            0,
            0,
            0
          ],
          "coreSigmaMm": [
            0.1,
            0.1,
            0.1
          ],
          "halo": [
            1.1267,
            0.10777,
            0.01038
          ],
          "haloLengthMm": [
            0.85226,
            0.57952,
            0.46028
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
            0.65777,
            0.7991,
            0.88135
          ],
          "error": [
            0.0044511,
            0.0068012,
            0.0044442
          ]
        },
        "dark-brown": {
          "transmittance": [
            0.66856,
            0.80102,
            0.88109
          ],
          "error": [
            0.0043149,
            0.0067747,
            0.0044581
          ]
        },
        "brown": {
          "transmittance": [
            0.70223,
            0.81111,
            0.881
          ],
          "error": [
            0.0039805,
            0.0066028,
            0.0044896
          ]
        },
        "light-brown": {
          "transmittance": [
            0.76112,
            0.83665,
            0.88481
          ],
          "error": [
            0.0033242,
            0.0060503,
            0.004523
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
            1.2948,
            0.97081,
            0.87749
          ],
          "coreSigmaMm": [
            0.16958,
            0.16958,
            0.16958
          ],
          "halo": [
            2.5447,
            1.7066,
            0.53271
          ],
          "haloLengthMm": [
            0.47804,
            0.35699,
            0.34917
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
            0.66538,
            0.29397,
            0.22975
          ],
          "coreSigmaMm": [
            0.21391,
            0.21391,
            0.21391
          ],
          "halo": [
            2.782,
            1.343,
            0.64404
          ],
          "haloLengthMm": [
            0.47281,
            0.36049,
            0.33033
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
            0.15706,
            0,
            0.080156
          ],
          "coreSigmaMm": [
            0.1243,
            0.1243,
            0.1243
          ],
          "halo": [
            2.6517,
            1.1178,
            0.23869
          ],
          "haloLengthMm": [
            0.52172,
            0.3257,
            0.33185
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
            0,
            0,
            0.058172
          ],
          "coreSigmaMm": [
            0.10419,
            0.10419,
            0.10419
          ],
          "halo": [
            1.7496,
            0.3986,
            0.0040568
          ],
          "haloLengthMm": [
            0.61679,
            0.51399,
            0.57792
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
            0.010966,
            0.035614,
            0
          ],
          "coreSigmaMm": [
            0.4,
            0.4,
            0.4
          ],
          "halo": [
            0.9412,
            0.047475,
            0.0035162
          ],
          "haloLengthMm": [
            0.85623,
            1.3942,
            0.47363
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
            0.68224,
            0.83366,
            0.8987
          ],
          "error": [
            0.0033659,
            0.0047954,
            0.0089799
          ]
        },
        "dark-brown": {
          "transmittance": [
            0.69285,
            0.83527,
            0.89818
          ],
          "error": [
            0.0039038,
            0.0046608,
            0.0089504
          ]
        },
        "brown": {
          "transmittance": [
            0.72509,
            0.84368,
            0.89728
          ],
          "error": [
            0.0049176,
            0.0041696,
            0.0087231
          ]
        },
        "light-brown": {
          "transmittance": [
            0.78043,
            0.86475,
            0.89979
          ],
          "error": [
            0.0052813,
            0.0033412,
            0.0080644
          ]
        }
      }
    }
  ]
} as const;
