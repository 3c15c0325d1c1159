// Types of scripts/build-cli.mjs for the TypeScript that imports it (tests' set-up, the app's build config).
export declare const OUT: string;
export declare const WORKER_ENTRIES: Record<string, string>;
export declare const BUNDLE_OPTIONS: Record<string, unknown>;
export declare function isStale(): boolean;
export declare function buildCli(): Promise<void>;
