// Statistics (DOMAIN.md §9): periods and trend buckets, the figure definitions, working days, dimensions.
export * from './periods.js';
export * from './figures.js';
export * from './workdays.js';
export * from './dimensions.js';
export * from './columns.js';
