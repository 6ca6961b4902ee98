/**
 * The cross-section's words, both languages (issue 16): they load with the slice, not with the
 * first view. English is the source; Spanish must give every entry (the type checks it). Plain
 * words for a room, not a textbook: each part and each process named as a client would say it.
 */
import type { Language } from '../text/index.ts';
import { formatNumber } from '../../state/intl.ts';
import type { SliceBand } from '../../model/slice-light.ts';

export type PartKey =
  | 'corneum'
  | 'epidermis'
  | 'junction'
  | 'papillary'
  | 'vessels'
  | 'ink'
  | 'reticular'
  | 'follicle'
  | 'gland'
  | 'subcutis'
  | 'scab'
  | 'loose'
  | 'broken'
  | 'halo';

const pct = (lang: Language, share: number): string => `${formatNumber(lang, Math.round(share * 100), 0)} %`;
const mm = (lang: Language, v: number, digits = 2): string => `${formatNumber(lang, v, digits)} mm`;

const sliceEn = {
  heading: 'Under the skin',
  label: (when: string) => `Cross-section of scalp skin through a row of SMP impressions, ${when}`,
  replay: 'Replay the light',
  close: 'Hide the cross-section',
  inkSwatch: 'The ink',
  skinSwatch: 'Untreated skin',
  seenSwatch: 'The treated skin from a step away',
  swatchNote: 'Black ink under skin reads blue-grey: the skin above sends blue light back before it reaches the ink, while red goes down to it and is taken.',
  scale: '1 mm',
  parts: {
    corneum: 'Stratum corneum (dead surface cells)',
    epidermis: 'Epidermis, with melanin',
    junction: 'Dermal–epidermal junction',
    papillary: 'Papillary dermis',
    vessels: 'Blood vessels',
    ink: 'Ink held in macrophages',
    reticular: 'Reticular dermis',
    follicle: 'Hair follicle and shaft',
    gland: 'Sebaceous gland: makes the oil',
    subcutis: 'Subcutis (fat)',
    scab: 'Scab',
    loose: 'Loose ink leaving',
    broken: 'Ink broken up by the laser',
    halo: 'Blown-out ink, too deep',
  } satisfies Record<PartKey, string>,
  bands: { 460: 'Blue light', 540: 'Green light', 640: 'Red light' } satisfies Record<SliceBand, string>,
  lightNote: (blue: number, red: number, lang: Language) =>
    `Light paths from the light-transport model: on average blue goes ${mm(lang, blue, 1)} deep, red ${mm(lang, red, 1)}.`,
  lightBusy: 'Tracing light paths…',
  lightFailed: 'The light paths could not be traced here; the rest of the cross-section is unaffected.',
  // What is happening now, in the order a client lives it.
  none: 'No impressions yet: the first session has not happened.',
  fresh: (leftShare: number, lang: Language) =>
    `Fresh: loose ink in the wound and the epidermis (${pct(lang, leftShare)} of what went in) is leaving with the scab, the shedding skin and the lymph over the first weeks.`,
  healed: (retained: number, depthMm: number, lang: Language) =>
    `Healed: ${pct(lang, retained)} of the ink stays, held inside macrophages (the skin's clean-up cells) about ${mm(lang, depthMm)} down.`,
  years: (retained: number, sigmaMm: number, lang: Language) =>
    `Over the years macrophages die and others take the ink up again; some is carried off in the lymph (${pct(lang, retained)} left), and what stays spreads a little (width ${mm(lang, sigmaMm)}).`,
  sun: 'Sun and an oily scalp speed this up.',
  touchUp: 'A touch-up puts new ink over the old, which has already spread.',
  laser: 'Laser: each pulse shatters ink into fragments small enough for macrophages to carry off over the following weeks.',
  deep: (depthMm: number, lang: Language) => `Too deep (${mm(lang, depthMm)}): ink below 0.8 mm spreads sideways into a blurred halo, the “blow-out”.`,
  notes:
    'Drawn to scale from the degradation model: each particle is a share of the ink; its position and whether it is still there come from the model at this time.',
};

export type SliceText = typeof sliceEn;

const sliceEs: SliceText = {
  heading: 'Bajo la piel',
  label: (when) => `Corte de la piel del cuero cabelludo a través de una fila de impresiones de SMP, ${when}`,
  replay: 'Repetir la luz',
  close: 'Ocultar el corte',
  inkSwatch: 'La tinta',
  skinSwatch: 'Piel sin tratar',
  seenSwatch: 'La piel tratada a un paso',
  swatchNote:
    'La tinta negra bajo la piel se ve gris azulada: la piel de encima devuelve la luz azul antes de que llegue a la tinta, mientras que la roja baja hasta ella y se pierde.',
  scale: '1 mm',
  parts: {
    corneum: 'Capa córnea (células muertas de la superficie)',
    epidermis: 'Epidermis, con melanina',
    junction: 'Unión dermoepidérmica',
    papillary: 'Dermis papilar',
    vessels: 'Vasos sanguíneos',
    ink: 'Tinta dentro de los macrófagos',
    reticular: 'Dermis reticular',
    follicle: 'Folículo y tallo del pelo',
    gland: 'Glándula sebácea: produce la grasa',
    subcutis: 'Hipodermis (grasa)',
    scab: 'Costra',
    loose: 'Tinta suelta que se va',
    broken: 'Tinta rota por el láser',
    halo: 'Tinta dispersa, demasiado profunda',
  },
  bands: { 460: 'Luz azul', 540: 'Luz verde', 640: 'Luz roja' },
  lightNote: (blue, red, lang) =>
    `Trayectorias de luz del modelo de transporte de luz: de media la azul llega a ${mm(lang, blue, 1)} de profundidad, la roja a ${mm(lang, red, 1)}.`,
  lightBusy: 'Trazando la luz…',
  lightFailed: 'No se pudieron trazar las trayectorias de luz aquí; el resto del corte no se ve afectado.',
  none: 'Aún no hay impresiones: la primera sesión no ha tenido lugar.',
  fresh: (leftShare, lang) =>
    `Reciente: la tinta suelta en la herida y la epidermis (${pct(lang, leftShare)} de la aplicada) se va con la costra, la piel que se renueva y la linfa en las primeras semanas.`,
  healed: (retained, depthMm, lang) =>
    `Curada: queda el ${pct(lang, retained)} de la tinta, dentro de macrófagos (las células de limpieza de la piel) a unos ${mm(lang, depthMm)} de profundidad.`,
  years: (retained, sigmaMm, lang) =>
    `Con los años los macrófagos mueren y otros recogen la tinta; parte se va por la linfa (queda el ${pct(lang, retained)}) y la que queda se extiende un poco (ancho ${mm(lang, sigmaMm)}).`,
  sun: 'El sol y un cuero cabelludo graso lo aceleran.',
  touchUp: 'Un retoque pone tinta nueva sobre la antigua, que ya se ha extendido.',
  laser: 'Láser: cada pulso rompe la tinta en fragmentos tan pequeños que los macrófagos se los llevan en las semanas siguientes.',
  deep: (depthMm, lang) => `Demasiado profunda (${mm(lang, depthMm)}): la tinta por debajo de 0,8 mm se extiende hacia los lados en un halo borroso.`,
  notes:
    'Dibujado a escala con el modelo de degradación: cada partícula es una parte de la tinta; dónde está y si sigue ahí lo dice el modelo en este momento.',
};

export const SLICE_TEXT: Record<Language, SliceText> = { en: sliceEn, es: sliceEs };
