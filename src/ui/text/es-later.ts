/** Spanish text the first view does without (src/ui/text/en-later.ts says which). */
import type { LaterText } from './en-later.ts';
import { formatShown } from '../../state/intl.ts';

const comma = (v: string): string => formatShown('es', v);

export const esLater: LaterText = {
  shortcuts: [
    ['Espacio', 'Reproducir o pausar la secuencia'],
    ['← →', 'Atrás o adelante en el tiempo (un día durante la cicatrización, luego semanas, luego décimas de año)'],
    ['Re Pág / Av Pág', 'Un año adelante o atrás'],
    ['Inicio / Fin', 'Día 0 / año 20'],
    ['1 – 7', 'Vistas: frente, arriba, izquierda, derecha, atrás, de cerca, tres cuartos'],
    ['C', 'Comparar sí o no (dividida con el momento 5 años después)'],
    ['F', 'Pantalla completa'],
    ['P', 'Modo presentación'],
    ['D', 'Iniciar o detener la demostración guiada'],
    ['X', 'Bajo la piel: junto a la cabeza, solo, oculto'],
    ['?', 'Esta lista'],
  ],
  demoSteps: [
    ['Recién hecho', 'El día después de la primera sesión: la mitad de los puntos ya están, la piel está roja y los puntos son oscuros y grandes.'],
    ['La cicatrización', 'Un mes después de la última de tres sesiones: el enrojecimiento ha pasado y los puntos tienen ya su tono definitivo.'],
    ['Los años', 'Cinco años después, con sol ocasional: se ha ido alrededor de un tercio del pigmento y los puntos se han suavizado.'],
    ['Sol sin protección', 'Ocho años de sol diario sin protección: mucho más claro, y el color cambia.'],
    ['Sol con protección', 'Los mismos ocho años con FPS 30+, gorra y cuidados estrictos.'],
    ['Piel grasa', 'Un cuero cabelludo muy graso: el pigmento se extiende, unos puntos mucho más que otros.'],
    ['Retoques', 'Un retoque cada cinco años recupera el pigmento; los puntos crecen un poco cada vez.'],
    ['Mejor contra peor', 'Año ocho: el mejor caso (sin sol, piel seca, cuidados estrictos, pigmento premium) a la izquierda, el peor a la derecha.'],
    [
      'Bajo la piel',
      'Dónde está la tinta: dentro de células a un tercio de milímetro, aclarándose y extendiéndose con los años. La luz azul vuelve antes de llegar, la roja llega: el punto se ve gris azulado.',
    ],
  ],
  printTitle: 'Resumen de la consulta de MPC',
  printMade: (date: string) => `Hecho con el Simulador de MPC el ${date}. Una ilustración basada en datos publicados, no una promesa.`,
  printChoices: 'El cliente y el plan',
  printGlance: 'De un vistazo',
  printViews: 'Cómo podría verse',
  printLimits: 'Límites que conviene saber',
  printQuestions: 'Preguntas para el profesional',
  printFade: (y: string) => `Aclarado apreciable unos ${comma(y)} años después de la última sesión.`,
  printTouchUps: (list: string) => (list ? `Retoques previstos a los ${list}.` : 'Ningún retoque previsto.'),
  printDue: (y: string) => `Con este plan, el próximo retoque toca hacia el año ${comma(y)}.`,
  printRange: (best: string, worst: string) =>
    `Margen: de unos ${comma(best)} años (mejor caso) a ${comma(worst)} años (peor caso) antes de un aclarado apreciable.`,
  printRows: {
    skin: 'Tono de piel',
    hair: 'Pelo',
    pattern: 'Caída del cabello',
    treatment: 'Tratamiento',
    density: 'Densidad',
    sessions: 'Sesiones',
    lifestyle: 'Sol y piel',
    care: 'Cuidados y protección',
    pigment: 'Pigmento',
    technique: 'Técnica',
    progression: 'Caída futura',
  },
  limits: [
    'La MPC es semipermanente: se aclara con los años y necesita retoques.',
    'Imita el pelo rapado; no crece, no da volumen ni parece pelo largo.',
    'No frena la caída: la piel que quede calva más adelante no tendrá MPC.',
    'El pelo muy oscuro o muy claro es más difícil de igualar.',
    'El sol y un cuero cabelludo graso aclaran y extienden el pigmento más rápido; el color puede virar a gris azulado.',
    'Eliminarla (láser Q-switched, de 5 a 10 sesiones) es lento y puede dejar manchas claras.',
  ],
  questions: [
    '¿Cuántos tratamientos de MPC ha hecho y puedo ver resultados en piel y pelo como los míos?',
    '¿Qué pigmento usa (marca y tipo)?',
    '¿Qué cuidados posteriores pide y qué incluye si hacen falta retoques?',
    '¿Qué formación tiene en esterilización y control de infecciones?',
    '¿Cómo tiene en cuenta el diseño la caída que aún pueda tener?',
  ],
};
