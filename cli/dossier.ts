// `dossier`: the shared-file tools of Dossier Workbench on the command line, for team leads who
// merge colleagues' files and pipelines that produce them. Plain Node: no Electron, no browser.
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { CLI_GENERATOR, exportW3cCommand, mergeCommand, statsCommand, validateCommand } from './commands';
import { exportStixCommand } from './exportStix';
import type { Output } from './files';

export const USAGE = `Usage: dossier <command> [options]

Commands:
  validate FILE...              check shared files; exit 0 when all are valid, else 1
                                and one line per problem: FILE: $.json.path: message
  merge A B... -o OUT           merge B... into A with the app's merge rules; prints a
                                report; conflicts are kept in OUT for the analyst
      --by NAME                 who OUT says exported it (default: your user name)
      --no-text                 leave article texts out of OUT
  export-w3c FILE -o OUT.jsonld write the annotations as a W3C AnnotationCollection
  export-stix FILE -o OUT.json  write the file's articles, passages, links and dossiers
                                as a STIX 2.1 bundle (mapping: docs/stix.md)
  stats FILE... [--json]        sources, annotations by kind, links, dossiers

Exit codes: 0 done, 1 an input is invalid or an output cannot be written, 2 usage error.
Files over 200 MB are refused before they are read.`;

const EXIT_USAGE = 2;

interface ParsedArguments {
  readonly positional: string[];
  readonly options: Map<string, string | true>;
}

const OPTIONS_WITH_VALUE: ReadonlySet<string> = new Set(['-o', '--out', '--by']);
const FLAGS: ReadonlySet<string> = new Set(['--json', '--no-text', '--help', '-h', '--version']);

/** By hand, on purpose: the CLI has no dependencies beyond what shared/ already uses. */
function parseArguments(argv: readonly string[]): ParsedArguments | string {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    const [name, inlineValue] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (OPTIONS_WITH_VALUE.has(name)) {
      const value = inlineValue ?? argv[i + 1];
      if (value === undefined || value === '') return `${name} needs a value`;
      options.set(name === '--out' ? '-o' : name, value);
      if (inlineValue === undefined) i += 1;
    } else if (FLAGS.has(name)) {
      options.set(name === '-h' ? '--help' : name, true);
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option ${arg}`;
    } else {
      positional.push(arg);
    }
  }
  return { positional, options };
}

function defaultAnalyst(): string {
  try {
    return userInfo().username;
  } catch {
    return 'dossier CLI';
  }
}

const stdio: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export async function main(argv: readonly string[], output: Output = stdio): Promise<number> {
  const parsed = parseArguments(argv);
  const usageError = (message: string): number => {
    output.err(`dossier: ${message}`);
    output.err('Run "dossier --help" for usage.');
    return EXIT_USAGE;
  };
  if (typeof parsed === 'string') return usageError(parsed);
  const { positional, options } = parsed;
  const [command, ...files] = positional;
  if (options.has('--help') || command === 'help') {
    output.out(USAGE);
    return 0;
  }
  if (options.has('--version')) {
    output.out(CLI_GENERATOR.version);
    return 0;
  }
  const out = options.get('-o');
  const allowed: Readonly<Record<string, readonly string[]>> = {
    validate: [],
    merge: ['-o', '--by', '--no-text'],
    'export-w3c': ['-o'],
    'export-stix': ['-o'],
    stats: ['--json'],
  };
  if (command === undefined) return usageError('no command given');
  const permitted = allowed[command];
  if (!permitted) return usageError(`unknown command "${command}"`);
  const misplaced = [...options.keys()].find((option) => !permitted.includes(option));
  if (misplaced) return usageError(`${misplaced} does not apply to ${command}`);

  try {
    switch (command) {
      case 'validate':
        if (files.length === 0) return usageError('validate needs at least one FILE');
        return await validateCommand(files, output);
      case 'merge':
        if (files.length < 2) return usageError('merge needs at least two files: A B... -o OUT');
        if (typeof out !== 'string') return usageError('merge needs -o OUT');
        return await mergeCommand(
          {
            files,
            out,
            exportedBy: String(options.get('--by') ?? defaultAnalyst()),
            includeText: !options.has('--no-text'),
            now: new Date().toISOString(),
          },
          output,
        );
      case 'export-w3c':
        if (files.length !== 1) return usageError('export-w3c needs exactly one FILE');
        if (typeof out !== 'string') return usageError('export-w3c needs -o OUT.jsonld');
        return await exportW3cCommand(files[0] ?? '', out, `urn:uuid:${randomUUID()}`, output);
      case 'export-stix':
        if (files.length !== 1) return usageError('export-stix needs exactly one FILE');
        if (typeof out !== 'string') return usageError('export-stix needs -o OUT.json');
        return await exportStixCommand(files[0] ?? '', out, new Date().toISOString(), output);
      default:
        if (files.length === 0) return usageError('stats needs at least one FILE');
        return await statsCommand(files, options.has('--json'), output);
    }
  } catch (error) {
    // A bug, not bad input: say so plainly rather than as a stack trace mid-report.
    output.err(`dossier: unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
