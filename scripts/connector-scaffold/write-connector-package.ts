import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CONNECTOR_NAME_PATTERN } from '@tributary/connector-sdk';
import { connectorPackageFiles } from './connector-package-files';

export interface WriteConnectorPackageOptions {
  /** the package folder, already created and empty */
  folder: string;
  name: string;
  displayName?: string;
  repoRoot: string;
}

/** Writes a new connector package into `folder`; returns the files written, relative to it. */
export async function writeConnectorPackage(options: WriteConnectorPackageOptions): Promise<string[]> {
  if (!CONNECTOR_NAME_PATTERN.test(options.name)) {
    throw new Error(
      `"${options.name}" is not a connector name: use lower-case letters, digits and -, starting with a letter`,
    );
  }
  const files = connectorPackageFiles({
    name: options.name,
    displayName: options.displayName ?? titleCase(options.name),
    tsconfigBase: path.relative(options.folder, path.join(options.repoRoot, 'tsconfig.base.json')),
  });
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(options.folder, file)), { recursive: true });
    await writeFile(path.join(options.folder, file), content);
  }
  return Object.keys(files);
}

function titleCase(name: string): string {
  return name
    .split('-')
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join(' ');
}
