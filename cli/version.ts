// The version the CLI reports and writes into files it generates: the package's own, read at
// build time (esbuild inlines just this field), so it never drifts from package.json.
import packageJson from '../package.json';

export const PACKAGE_VERSION: string = packageJson.version;
