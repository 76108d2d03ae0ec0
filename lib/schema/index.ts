export * from './ticket-id';
export * from './entities';
export * from './sync';
export * from './mutations';
export * from './api';
export * from './context-file';
export * from './text';
