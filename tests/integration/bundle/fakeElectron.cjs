// A stand-in for the `electron` module, so the built main bundle (out/electron/main.cjs) can run
// under plain Node: the Electron binary cannot run where Verbatim is built and tested. It gives
// main.ts what it calls at start-up, keeps the IPC handlers it registers, and lets a driver call
// them as the app's own window would. Anything not listed here is a silent no-op.
'use strict';

const handlers = new Map();
const windows = [];
let started;
const whenStarted = new Promise((resolve) => (started = resolve));

/** An object whose every method does nothing and returns undefined, with some methods given. */
function noop(given = {}) {
  return new Proxy(given, { get: (target, key) => (key in target ? target[key] : () => undefined) });
}

const session = noop({
  webRequest: noop(),
  protocol: noop(),
});

class BrowserWindow {
  constructor(options) {
    this.options = options;
    this.webContents = noop({ isDestroyed: () => false });
    windows.push(this);
    // createWindow is the last step of main.ts's start(): the backend and IPC are ready by now.
    setImmediate(started);
  }
  static getAllWindows() {
    return windows;
  }
  loadURL() {
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  isMaximized() {
    return false;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1200, height: 800 };
  }
}
for (const name of ['on', 'once', 'show', 'focus', 'restore', 'maximize']) BrowserWindow.prototype[name] = () => undefined;

const errors = [];

module.exports = {
  app: noop({
    isPackaged: false,
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    // Electron's answer is the folder the app was started from; the driver sets it.
    getAppPath: () => module.exports.appPath,
    getPath: (name) => `/nonexistent/${name}`,
    getVersion: () => '0.0.0-bundle-test',
    getName: () => 'Verbatim',
    // The OS's languages, most preferred first (the menu and dialogs speak the first we know).
    getPreferredSystemLanguages: () => ['en-US'],
    exit: (code) => process.exit(code),
  }),
  BrowserWindow,
  Menu: noop({ buildFromTemplate: (template) => template }),
  dialog: noop({
    showErrorBox: (title, message) => errors.push(`${title}: ${message}`),
    // The save dialog answers what the driver put in `nextSavePath` (the user's choice), once.
    showSaveDialog: async () => {
      const filePath = module.exports.nextSavePath;
      module.exports.nextSavePath = null;
      return filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' };
    },
  }),
  ipcMain: noop({ handle: (channel, handler) => handlers.set(channel, handler) }),
  protocol: noop(),
  screen: noop({ getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] }),
  session: { defaultSession: session },
  shell: noop(),

  /** For the driver: what app.getAppPath() answers. */
  appPath: undefined,
  /** For the driver: resolves once main.ts has opened its window. */
  whenStarted,
  /** For the driver: error boxes main.ts showed. */
  errors,
  /** For the driver: calls an IPC channel as the app's main frame would. */
  invoke(channel, input) {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`main.ts registered no handler for ${channel}`);
    return handler({ senderFrame: { parent: null, url: 'app://verbatim/index.html' } }, input);
  },
};
