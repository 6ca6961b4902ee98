/**
 * English text the first view does without: the keyboard list, the guided demo's steps and the
 * printed summary. It loads just after the first frame (src/ui/text/index.ts, useLaterText).
 */
export const enLater = {
  shortcuts: [
    ['Space', 'Play or pause the time-lapse'],
    ['← →', 'Back or forward in time (a day while healing, then weeks, then tenths of a year)'],
    ['Page Up / Page Down', 'A year forward or back'],
    ['Home / End', 'Day 0 / year 20'],
    ['1 – 7', 'Views: front, top, left, right, back, close-up, three-quarter'],
    ['C', 'Compare on or off (split with the time 5 years on)'],
    ['F', 'Fullscreen'],
    ['P', 'Presentation mode'],
    ['D', 'Start or stop the guided demo'],
    ['X', 'Under the skin: beside the head, on its own, hidden'],
    ['?', 'This list'],
  ] as ReadonlyArray<readonly [string, string]>,
  demoSteps: [
    ['Fresh from the needle', 'The day after the first session: half the impressions are in, the skin is red and the dots are dark and large.'],
    ['Healing', 'A month after the last of three sessions: the redness is gone and the dots have settled to their healed tone.'],
    ['The years', 'Five years on with occasional sun: about a third of the pigment has gone and the dots have softened.'],
    ['Sun, unprotected', 'Eight years of daily unprotected sun: much lighter, and the colour drifts.'],
    ['Sun, protected', 'The same eight years with SPF 30+, a hat and strict aftercare.'],
    ['Oily skin', 'A very oily scalp: the pigment spreads, some dots far more than others.'],
    ['Touch-ups', 'Touch-ups every five years bring the load back; the dots grow a little each time.'],
    ['Best against worst', 'Year eight: the best case (no sun, dry skin, strict aftercare, premium pigment) on the left, the worst on the right.'],
    [
      'Under the skin',
      'Where the ink sits: held in cells a third of a millimetre down, fading and spreading over the years. Blue light turns back above it, red reaches it: the dot reads blue-grey.',
    ],
  ] as ReadonlyArray<readonly [string, string]>,
  printTitle: 'SMP consultation summary',
  printMade: (date: string) => `Made with the SMP Simulator on ${date}. An illustration built on published figures, not a promise.`,
  printChoices: 'The client and the plan',
  printGlance: 'At a glance',
  printViews: 'What it may look like',
  printLimits: 'Limits to know',
  printQuestions: 'Questions to ask a provider',
  printFade: (y: string) => `Noticeable fading about ${y} years after the last session.`,
  printTouchUps: (list: string) => (list ? `Touch-ups planned at ${list}.` : 'No touch-ups planned.'),
  printDue: (y: string) => `With this plan, the next touch-up is due around year ${y}.`,
  printRange: (best: string, worst: string) => `Range: from about ${best} years (best case) to ${worst} years (worst case) before noticeable fading.`,
  printRows: {
    skin: 'Skin tone',
    hair: 'Hair',
    pattern: 'Hair loss',
    treatment: 'Treatment',
    density: 'Density',
    sessions: 'Sessions',
    lifestyle: 'Sun and skin',
    care: 'Aftercare and protection',
    pigment: 'Pigment',
    technique: 'Technique',
    progression: 'Further hair loss',
  } as Record<'skin' | 'hair' | 'pattern' | 'treatment' | 'density' | 'sessions' | 'lifestyle' | 'care' | 'pigment' | 'technique' | 'progression', string>,
  limits: [
    'SMP is semi-permanent: it fades over years and needs touch-ups.',
    'It imitates shaved stubble; it does not grow, add volume or look like long hair.',
    'It does not stop hair loss: skin that goes bald later has no SMP.',
    'Very dark or very light hair is harder to match.',
    'Sun and an oily scalp fade and spread the pigment faster; colour can drift towards blue-grey.',
    'Removal (Q-switched laser, 5–10 sessions) is slow and may leave light spots.',
  ] as readonly string[],
  questions: [
    'How many SMP treatments have you done, and can I see results on skin and hair like mine?',
    'Which pigment do you use (brand and type)?',
    'What aftercare do you ask for, and what is included if touch-ups are needed?',
    'Which sterile and infection-control training do you hold?',
    'How does the design allow for hair loss I may still have?',
  ] as readonly string[],
};

export type LaterText = typeof enLater;
