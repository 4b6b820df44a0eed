// A recording stand-in for the `electron` module: enough of its API for the built main process
// to start in plain Node, with every call the start-up test checks written down.
import { EventEmitter } from 'node:events';


export interface StartupRecord {
  readonly calls: string[];
  readonly privilegedSchemes: { readonly schemes: unknown; readonly beforeReady: boolean }[];
  readonly protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  readonly ipcHandlers: string[];
  readonly windows: FakeWindow[];
  readonly sent: { readonly channel: string; readonly payload: unknown }[];
  readonly errorBoxes: string[];
  singleInstanceLockTaken: boolean;
}

class FakeWebContents extends EventEmitter {
  constructor(private readonly record: StartupRecord) {
    super();
  }
  setWindowOpenHandler(): void {}
  isLoading(): boolean {
    return false;
  }
  getURL(): string {
    return 'app://workbench/index.html';
  }
  send(channel: string, payload: unknown): void {
    this.record.sent.push({ channel, payload });
  }
  reload(): void {}
}

export class FakeWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  constructor(
    readonly options: Record<string, unknown>,
    record: StartupRecord,
  ) {
    super();
    this.webContents = new FakeWebContents(record);
  }
  loadURL(): Promise<void> {
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return false;
  }
  isMinimized(): boolean {
    return false;
  }
  isMaximized(): boolean {
    return false;
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return { x: 0, y: 0, width: 1200, height: 800 };
  }
  restore(): void {}
  focus(): void {}
  maximize(): void {}
  show(): void {}
  close(): void {}
}

/** The module, and `ready()` that makes `app.whenReady()` resolve, as Electron does after start-up. */
export function createElectronStandIn(userDataDefault: string): { readonly electron: Record<string, unknown>; readonly record: StartupRecord; readonly ready: () => void; readonly app: EventEmitter } {
  const record: StartupRecord = {
    calls: [],
    privilegedSchemes: [],
    protocolHandlers: new Map(),
    ipcHandlers: [],
    windows: [],
    sent: [],
    errorBoxes: [],
    singleInstanceLockTaken: false,
  };
  let isReady = false;
  let markReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const paths = new Map<string, string>([
    ['userData', userDataDefault],
    ['documents', userDataDefault],
  ]);
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    setPath: (name: string, value: string) => void paths.set(name, value),
    getPath: (name: string) => paths.get(name) ?? userDataDefault,
    getName: () => 'Dossier Workbench',
    getVersion: () => '0.1.0',
    isReady: () => isReady,
    whenReady: () => readyPromise,
    requestSingleInstanceLock: () => {
      record.singleInstanceLockTaken = true;
      record.calls.push('requestSingleInstanceLock');
      return true;
    },
    quit: () => void record.calls.push('quit'),
  });
  const electron: Record<string, unknown> = {
    app,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => void record.privilegedSchemes.push({ schemes, beforeReady: !isReady }),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void record.protocolHandlers.set(scheme, handler),
    },
    BrowserWindow: class extends FakeWindow {
      static getAllWindows(): FakeWindow[] {
        return record.windows;
      }
      static fromWebContents(): FakeWindow | undefined {
        return record.windows[0];
      }
      constructor(options: Record<string, unknown>) {
        super(options, record);
        record.windows.push(this);
      }
    },
    ipcMain: { handle: (channel: string) => void record.ipcHandlers.push(channel), on: () => undefined },
    dialog: {
      showErrorBox: (title: string, content: string) => void record.errorBoxes.push(`${title}: ${content}`),
      showMessageBox: () => Promise.resolve({ response: 0 }),
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showSaveDialog: () => Promise.resolve({ canceled: true }),
    },
    session: { defaultSession: { setPermissionRequestHandler: () => undefined, setPermissionCheckHandler: () => undefined } },
    shell: { openExternal: () => Promise.resolve(), openPath: () => Promise.resolve('') },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => void record.calls.push('setApplicationMenu') },
  };
  return {
    electron,
    record,
    app,
    ready: () => {
      isReady = true;
      record.calls.push('ready');
      markReady();
    },
  };
}

