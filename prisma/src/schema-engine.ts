import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  bindMigrationAwareSqlAdapterFactory,
  isDriverAdapterError,
  type ErrorRegistry,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';

export type { SchemaEngine };

export interface SchemaEngineSession {
  engine: SchemaEngine;
  /** A readable message for a failed engine call, with the database's own error restored. */
  explain(error: unknown): { message: string; panicked: boolean };
}

/**
 * Opens Prisma's schema engine (compiled to WebAssembly) on the database behind the
 * adapter factory. The native engine is a binary downloaded from binaries.prisma.sh
 * on first use; this one ships inside an npm package, so migrations work offline.
 * Call `engine.free()` when done.
 */
export async function openSchemaEngine(options: {
  schemaPath: string;
  schemaText: string;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
}): Promise<SchemaEngineSession> {
  await instantiateOnce();
  const boundFactory = bindMigrationAwareSqlAdapterFactory(options.adapterFactory);
  const engine = await bindings.SchemaEngine.new(
    { datamodels: [[options.schemaPath, options.schemaText]] },
    // The engine reports progress as JSON log lines; callers only need results and errors.
    () => undefined,
    boundFactory,
  );
  return { engine, explain: (error) => explainFailure(error, boundFactory.errorRegistry) };
}

function explainFailure(error: unknown, registry: ErrorRegistry): { message: string; panicked: boolean } {
  // A panic aborts the Rust code and leaves only "unreachable" in the JS error; the
  // message itself arrives separately through the panic registry.
  const panic = takePanicMessage();
  if (panic !== undefined) return { message: `schema engine panicked: ${panic}`, panicked: true };
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw
    // Errors raised in the driver adapter reach the engine as "External error id#N";
    // the original waits in the adapter binding's registry.
    .replace(/external connector error\s*\n?\s*External error id#(\d+)/gi, (whole, id: string) => {
      const original = registry.consumeError(Number(id))?.error;
      return original === undefined ? whole : describeAdapterError(original);
    })
    // The engine's wording for "the driver adapter failed"; the adapter's error follows it.
    .replace(/^external connector error\s*\n/i, '')
    .split('\n')
    // Drop the Rust span trace ("   0: sql_schema_connector::…", "      with …", "        at …").
    .filter((line) => !/^\s+(\d+:|at |with )/.test(line))
    .join('\n')
    .trim();
  return { message, panicked: false };
}

function describeAdapterError(error: unknown): string {
  if (isDriverAdapterError(error)) {
    const cause = error.cause as { originalMessage?: string; message?: string; kind: string };
    return cause.originalMessage ?? cause.message ?? cause.kind;
  }
  return error instanceof Error ? error.message : String(error);
}

let instantiation: Promise<void> | undefined;
let panicMessage: string | undefined;

function takePanicMessage(): string | undefined {
  const message = panicMessage;
  panicMessage = undefined;
  return message;
}

function instantiateOnce(): Promise<void> {
  instantiation ??= instantiate().catch((error: unknown) => {
    instantiation = undefined;
    throw error;
  });
  return instantiation;
}

// The package's own entry point imports the .wasm file as an ES module, which Node 20
// only allows behind --experimental-wasm-modules. Instantiating by hand avoids the flag.
async function instantiate(): Promise<void> {
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
    set_message(message: string) {
      panicMessage = message;
    },
  };
  const bindingsPath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasm = await readFile(path.join(path.dirname(bindingsPath), 'schema_engine_bg.wasm'));
  const module = await webAssembly.compile(wasm);
  const instance = await webAssembly.instantiate(module, { './schema_engine_bg.js': bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
}

// Node has WebAssembly, but @types/node 20 does not declare it and the DOM lib is not loaded.
interface WebAssemblyApi {
  compile(bytes: Uint8Array): Promise<object>;
  instantiate(module: object, imports: Record<string, object>): Promise<{ exports: object }>;
}
const webAssembly = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;
