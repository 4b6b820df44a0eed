// How many cases the property tests try, and from which seed. `npm test` runs a fixed seed so a
// failure repeats; set DW_PROPERTY_RUNS (and DW_PROPERTY_SEED) to try more, e.g.
//   DW_PROPERTY_RUNS=500 DW_PROPERTY_SEED=$RANDOM npx vitest run tests/unit/history tests/unit/exchange/libraryRoundTrip.test.ts
export function propertyRuns(defaultRuns: number): { readonly numRuns: number; readonly seed: number } {
  const runs = Number(process.env.DW_PROPERTY_RUNS);
  const seed = Number(process.env.DW_PROPERTY_SEED);
  return { numRuns: Number.isInteger(runs) && runs > 0 ? runs : defaultRuns, seed: Number.isInteger(seed) ? seed : 20_261_203 };
}
