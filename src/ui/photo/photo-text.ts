/**
 * Photo mode's words, both languages (issue 15): they load with photo mode, not with the first view.
 * English is the source; Spanish must give every entry (the type checks it).
 */
import type { Language } from '../text/index.ts';
import type { PhotoProblem, PhotoTool } from '../../state/photo-store.ts';
import { formatNumber } from '../../state/intl.ts';

const photoEn = {
  heading: 'Your photo',
  privacy: 'Your photo stays on this device: it is never uploaded, and links never carry it. Nothing is stored unless you tick “Keep on this device”.',
  choose: 'Choose a photo…',
  camera: 'Take a photo…',
  sample: 'Try the sample photo',
  sampleNote: 'The sample is the simulator’s own head, rendered like a phone picture with 1 mm stubble and no SMP.',
  dropHint: 'Or drop a photo on the picture, or paste one (Ctrl+V). JPEG, PNG or WebP; a top view suits best.',
  busy: 'Reading the photo…',
  back: 'Back to the 3D head',
  problem: {
    'not-image': 'That file is not a photo this page can read. Choose a JPEG, PNG or WebP image.',
    heic: 'This browser cannot open HEIC photos. Save or export it as JPEG (on an iPhone: Settings › Camera › Formats › Most Compatible) and choose it again.',
    corrupt: 'That photo could not be read: the file looks damaged or incomplete.',
    'too-small': 'That photo is too small to show dots on: choose one at least 64 pixels a side.',
    'scale-range': 'The scale puts the photo outside 2 cm to 1 m across: drag the two scale points onto something of known size and type its length.',
    'keep-failed': 'The photo could not be kept on this device (the browser refused the storage). It is still open here.',
  } satisfies Record<PhotoProblem, string>,
  tools: 'Tool',
  tool: { brush: 'Paint area', eraser: 'Erase area', hairline: 'Hairline', scale: 'Set the scale', outline: 'Mark the outline' } satisfies Record<
    PhotoTool,
    string
  >,
  toolHelp: {
    brush: 'Paint the treatment area on the photo. Hair outside it is left as it is.',
    eraser: 'Erase from the treatment area.',
    hairline:
      'Click a few points along the hairline you want, then drag them: the area is trimmed to the smooth curve through them, and its edge is finished by the hairline’s profile (soft, natural, defined).',
    scale: 'Drag the two points onto something of known size (a ruler, or the head’s breadth side to side in a top view) and type its length.',
    outline: 'Click five or more points along the scalp’s outline in a top view; the dots then allow for the round scalp.',
  } satisfies Record<PhotoTool, string>,
  brushSize: 'Brush size',
  mm: (v: number, lang: Language) => `${formatNumber(lang, v, 0)} mm`,
  scaleLength: 'Length between the scale points (mm)',
  scaleShown: (mmPerPx: number, lang: Language) => `${formatNumber(lang, mmPerPx, mmPerPx < 0.1 ? 3 : 2)} mm per pixel`,
  round: 'Allow for the round scalp (top view)',
  roundOn: 'Density is held per cm² of skin towards the outline (the scalp taken as a dome over the outline you marked).',
  roundNeeds: (n: number) =>
    `Mark ${5 - n} more outline point${5 - n === 1 ? '' : 's'} for the round-scalp correction; until then the picture assumes a flat patch of skin.`,
  flat: 'The picture assumes a flat patch of skin: dots per pixel are the same everywhere.',
  clearOutline: 'Clear the outline',
  clearHairline: 'Clear the hairline',
  hairlinePoint: (k: number) => `Hairline point ${k}: arrow keys move it`,
  undo: 'Undo',
  redo: 'Redo',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  keep: 'Keep on this device',
  keepNote: 'Kept in this browser’s storage on this device only, until you delete it.',
  delete: 'Delete the kept photo',
  deleted: 'Deleted from this device.',
  noArea: 'Paint the treatment area on the photo to see SMP in it.',
  pictureLabel: (name: string) => `Your photo${name ? ` (${name})` : ''} with the simulated SMP`,
  canvasLabel:
    'Marking the photo. Arrow keys move the cursor (Shift: faster); Space paints, erases or adds a hairline or outline point at it; Ctrl+Z undoes, Ctrl+Y redoes.',
  scalePoint: (k: 1 | 2) => `Scale point ${k}: arrow keys move it`,
  downscaled: (w: number, h: number, sw: number, sh: number) => `Shown at ${w} × ${h} pixels (the file has ${sw} × ${sh}).`,
};

export type PhotoText = typeof photoEn;

const photoEs: PhotoText = {
  heading: 'Tu foto',
  privacy:
    'Tu foto se queda en este dispositivo: nunca se sube y los enlaces nunca la llevan. No se guarda nada salvo que marques «Guardar en este dispositivo».',
  choose: 'Elegir una foto…',
  camera: 'Hacer una foto…',
  sample: 'Probar con la foto de ejemplo',
  sampleNote: 'La foto de ejemplo es la cabeza del propio simulador, renderizada como una foto de móvil, con 1 mm de pelo y sin SMP.',
  dropHint: 'O suelta una foto sobre la imagen, o pégala (Ctrl+V). JPEG, PNG o WebP; mejor una vista desde arriba.',
  busy: 'Leyendo la foto…',
  back: 'Volver a la cabeza 3D',
  problem: {
    'not-image': 'Ese archivo no es una foto que esta página pueda leer. Elige una imagen JPEG, PNG o WebP.',
    heic: 'Este navegador no abre fotos HEIC. Guárdala o expórtala como JPEG (en un iPhone: Ajustes › Cámara › Formatos › Más compatible) y elígela de nuevo.',
    corrupt: 'No se pudo leer esa foto: el archivo parece dañado o incompleto.',
    'too-small': 'Esa foto es demasiado pequeña para mostrar puntos: elige una de al menos 64 píxeles de lado.',
    'scale-range':
      'La escala deja la foto fuera de 2 cm a 1 m de ancho: arrastra los dos puntos de escala sobre algo de tamaño conocido y escribe su longitud.',
    'keep-failed': 'No se pudo guardar la foto en este dispositivo (el navegador rechazó el almacenamiento). Sigue abierta aquí.',
  },
  tools: 'Herramienta',
  tool: { brush: 'Pintar zona', eraser: 'Borrar zona', hairline: 'Línea frontal', scale: 'Fijar la escala', outline: 'Marcar el contorno' },
  toolHelp: {
    brush: 'Pinta la zona de tratamiento sobre la foto. El pelo fuera de ella queda como está.',
    eraser: 'Borra de la zona de tratamiento.',
    hairline:
      'Haz clic en unos puntos a lo largo de la línea frontal que quieras y luego arrástralos: la zona se recorta a la curva suave que pasa por ellos, y su borde lo acaba el perfil de la línea (suave, natural, definido).',
    scale:
      'Arrastra los dos puntos sobre algo de tamaño conocido (una regla, o el ancho de la cabeza de lado a lado en una vista desde arriba) y escribe su longitud.',
    outline: 'Haz clic en cinco o más puntos del contorno del cuero cabelludo en una vista desde arriba; los puntos tienen entonces en cuenta la curva.',
  },
  brushSize: 'Tamaño del pincel',
  mm: (v, lang) => `${formatNumber(lang, v, 0)} mm`,
  scaleLength: 'Longitud entre los puntos de escala (mm)',
  scaleShown: (mmPerPx, lang) => `${formatNumber(lang, mmPerPx, mmPerPx < 0.1 ? 3 : 2)} mm por píxel`,
  round: 'Tener en cuenta la curva del cuero cabelludo (vista desde arriba)',
  roundOn: 'La densidad se mantiene por cm² de piel hacia el contorno (el cuero cabelludo tomado como una cúpula sobre el contorno marcado).',
  roundNeeds: (n) =>
    `Marca ${5 - n} punto${5 - n === 1 ? '' : 's'} más del contorno para corregir la curva; mientras tanto la imagen supone una zona de piel plana.`,
  flat: 'La imagen supone una zona de piel plana: los puntos por píxel son los mismos en todas partes.',
  clearOutline: 'Borrar el contorno',
  clearHairline: 'Borrar la línea frontal',
  hairlinePoint: (k) => `Punto ${k} de la línea frontal: las flechas lo mueven`,
  undo: 'Deshacer',
  redo: 'Rehacer',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  keep: 'Guardar en este dispositivo',
  keepNote: 'Se guarda en el almacenamiento de este navegador, solo en este dispositivo, hasta que la borres.',
  delete: 'Borrar la foto guardada',
  deleted: 'Borrada de este dispositivo.',
  noArea: 'Pinta la zona de tratamiento sobre la foto para ver la SMP en ella.',
  pictureLabel: (name) => `Tu foto${name ? ` (${name})` : ''} con la SMP simulada`,
  canvasLabel:
    'Marcado de la foto. Las flechas mueven el cursor (Mayús: más rápido); Espacio pinta, borra o añade un punto de la línea frontal o del contorno; Ctrl+Z deshace, Ctrl+Y rehace.',
  scalePoint: (k) => `Punto de escala ${k}: las flechas lo mueven`,
  downscaled: (w, h, sw, sh) => `Mostrada a ${w} × ${h} píxeles (el archivo tiene ${sw} × ${sh}).`,
};

export const PHOTO_TEXT: Record<Language, PhotoText> = { en: photoEn, es: photoEs };
