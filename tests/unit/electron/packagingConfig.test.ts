import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import type { Configuration } from 'electron-builder';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCRIPTS_BEFORE_PACKAGING } from '../../../electron/launcher/packagingElectron';
import { OPEN_DIALOG_FILTERS } from '../../../electron/openedFiles';
import { isSharedFileName } from '../../../shared/bridge/fileTypes';
import { EXTENSION, MEDIA_TYPE } from '../../../shared/exchange';

const root = path.resolve(__dirname, '..', '..', '..');
const configText = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
const config = yaml.load(configText) as Configuration;
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  productName: string;
  scripts: Record<string, string>;
  build?: unknown;
};

/** electron-builder's own JSON schema, from the copy of app-builder-lib it runs with. */
function electronBuilderSchema(): object {
  const fromElectronBuilder = createRequire(createRequire(__filename).resolve('electron-builder'));
  return JSON.parse(readFileSync(fromElectronBuilder.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function targetNames(target: unknown): string[] {
  const list = Array.isArray(target) ? target : [target];
  return list.map((entry: unknown) => (typeof entry === 'string' ? entry : (entry as { target: string }).target));
}

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s schema (and the schema does catch mistakes)', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(electronBuilderSchema());
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...config, linx: { target: 'deb' } })).toBe(false);
  });

  it('flips Electron’s fuses: no run-as-Node, NODE_OPTIONS or --inspect; only the integrity-checked app.asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // Loading only from app.asar needs the app packed into one.
    expect(config.asar).toBe(true);
  });

  it('is the only builder config (none hiding in package.json)', () => {
    expect(packageJson.build).toBeUndefined();
  });

  it('names the app as the app names itself, with a reverse-DNS id', () => {
    // The installed name is the one the app shows (its product name) and writes into files it exports.
    expect(config.productName).toBe(packageJson.productName);
    expect(config.appId).toMatch(/^[a-z][a-z0-9]*(\.[a-z][a-z0-9-]*){2,}$/);
    expect(config.directories?.buildResources).toBe('build');
  });

  it('ships the renderer, both bundles and package.json, and package.json points at the main bundle', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/renderer/**', 'dist-electron/**', 'package.json']));
    expect(packageJson.main).toBe('dist-electron/main.js');
  });

  it('builds AppImage and deb (Office) on Linux, NSIS on Windows, DMG on macOS', () => {
    expect(targetNames(config.linux?.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
    expect(targetNames(config.mac?.target)).toEqual(['dmg']);
  });

  it('registers the exchange format’s files, which the app then opens as shared files', () => {
    const associations = Array.isArray(config.fileAssociations) ? config.fileAssociations : [config.fileAssociations];
    const dossier = associations.find((association) => association?.ext === EXTENSION.slice(1));
    expect(dossier).toMatchObject({ mimeType: MEDIA_TYPE, role: 'Editor' });
    // A file the system hands over with that association is read as a shared file, not an article.
    expect(isSharedFileName(`Briefing${EXTENSION}`)).toBe(true);
    expect(OPEN_DIALOG_FILTERS['shared-file'][0]?.extensions).toContain(dossier?.ext);
  });

  it('generates icons before packaging', () => {
    expect(packageJson.scripts.icons).toBe('node build/make-icons.mjs');
    // The launcher checks for an Electron zip or GitHub first, then runs these scripts and electron-builder.
    expect(packageJson.scripts.dist).toBe('node build/launcher.mjs dist');
    expect(SCRIPTS_BEFORE_PACKAGING).toEqual(['icons', 'build']);
  });
});

describe('icon generation', () => {
  let outDir: string;

  beforeAll(() => {
    outDir = mkdtempSync(path.join(tmpdir(), 'icons-'));
    execFileSync(process.execPath, [path.join(root, 'build', 'make-icons.mjs'), outDir], { stdio: 'pipe' });
  });

  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
  });

  it('renders the 1024 px source that macOS (.icns) and Windows (.ico) are converted from', () => {
    expect(pngSize(path.join(outDir, 'icon.png'))).toEqual({ width: 1024, height: 1024 });
    // The config points both platforms at that file, by its path under the project.
    expect(config.mac?.icon).toBe('build/icon.png');
    expect(config.win?.icon).toBe('build/icon.png');
  });

  it('renders the Linux set, every size square, from 16 to 1024 (256 and up for Windows)', () => {
    const expected = [16, 32, 48, 64, 128, 256, 512, 1024];
    const names = readdirSync(path.join(outDir, 'icons')).sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
    expect(names).toEqual(expected.map((size) => `${size}x${size}.png`));
    for (const size of expected) {
      expect(pngSize(path.join(outDir, 'icons', `${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
    expect(Math.max(...expected)).toBeGreaterThanOrEqual(256);
    expect(config.linux?.icon).toBe('build/icons');
  });

  it('keeps the SVG source in the repository and the PNGs out of it', () => {
    expect(existsSync(path.join(root, 'build', 'icon.svg'))).toBe(true);
    const ignored = readFileSync(path.join(root, 'build', '.gitignore'), 'utf8');
    expect(ignored).toContain('/icon.png');
    expect(ignored).toContain('/icons/');
  });
});
