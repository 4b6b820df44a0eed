export * from './ids';
export * from './source';
export * from './annotation';
export * from './dossier';
export * from './settings';
