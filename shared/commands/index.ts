export * from './keyChords';
export * from './registry';
