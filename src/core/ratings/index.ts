/** Ratings (好差评): levels, tags, channels, rectification, settings, figures, the red-blue board, export codes. */
export * from './levels.js';
export * from './eligibility.js';
export * from './tags.js';
export * from './channels.js';
export * from './rectification.js';
export * from './settings.js';
export * from './figures.js';
export * from './board.js';
export * from './period.js';
export * from './export-codes.js';
