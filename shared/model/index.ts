export * from './ids';
export * from './source';
export * from './annotation';
export * from './annotationFactory';
export * from './dossier';
export * from './settings';
export * from './actor';
