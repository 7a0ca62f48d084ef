export * from './position.js';
export * from './message.js';
export * from './facts.js';
export * from './draft.js';
export * from './json-schema.js';
export * from './front-matter.js';
export * from './comparison.js';
export * from './history.js';
