// The lists this project reads from `stopword` (3.x names them by ISO 639-3 code; its DefinitelyTyped
// types describe 2.x).
declare module 'stopword' {
  export const ara: readonly string[];
  export const eng: readonly string[];
  export const fas: readonly string[];
  export const rus: readonly string[];
  export const tur: readonly string[];
}
