// The few parts of the `vscode` API that the tested modules touch. Tests set the
// fields they need (active editor, settings) and read what was shown to the user.
export const shown: { info: string[]; error: string[] } = { info: [], error: [] };
export const settings: Record<string, unknown> = {};

export const window = {
  activeTextEditor: undefined as undefined | { document: { languageId: string; fileName: string } },
  showInformationMessage: async (m: string) => {
    shown.info.push(m);
    return undefined;
  },
  showErrorMessage: async (m: string) => {
    shown.error.push(m);
    return undefined;
  },
};

export const workspace = {
  getConfiguration: (section: string) => ({
    get: <T>(key: string, fallback?: T): T | undefined => {
      const full = `${section}.${key}`;
      return full in settings ? (settings[full] as T) : fallback;
    },
  }),
};

export class DebugAdapterExecutable {
  constructor(
    public readonly command: string,
    public readonly args: string[] = [],
  ) {}
}

export class Uri {
  private constructor(public readonly fsPath: string) {}
  static file(p: string): Uri {
    return new Uri(p);
  }
}

/** The session the hover provider sees; tests set it. */
export const debug = {
  activeDebugSession: undefined as undefined | { type: string; customRequest(command: string, args?: unknown): Promise<unknown> },
};

export class MarkdownString {
  constructor(public readonly value: string = '') {}
}

export class Hover {
  constructor(
    public readonly contents: MarkdownString,
    public readonly range?: unknown,
  ) {}
}
