export * from './enums.js';
export * from './tables.js';
export * from './collaboration.js';
export * from './verification.js';
export * from './benchmarking.js';
export * from './operating-model.js';
