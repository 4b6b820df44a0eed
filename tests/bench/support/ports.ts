// Where the benchmark serves the workbench and its own pages. BENCH_PORT (and the port after
// it) keep the bench apart from parallel test runs, which use 5173 or their own E2E_PORT.
export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 5191);
export const HARNESS_PORT = BENCH_PORT + 1;
export const APP_URL = `http://localhost:${BENCH_PORT}`;
export const HARNESS_URL = `http://localhost:${HARNESS_PORT}`;
