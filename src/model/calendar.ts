/**
 * The model's year, in a module of its own: the lazily loaded text tables (src/ui/text/) count
 * years with it without pulling the model into a chunk they share with the page.
 */
export const DAYS_PER_YEAR = 365.25;
