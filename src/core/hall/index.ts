/** The service hall: numbering, the calling order, opening hours, waits, ticket rules, appointments, figures (docs/hall.md). */
export * from './types.js';
export * from './numbering.js';
export * from './priority.js';
export * from './opening-hours.js';
export * from './wait-estimate.js';
export * from './ticket-rules.js';
export * from './appointments.js';
export * from './figures.js';
export * from './paths.js';
