import type { GeneratedConnector } from './generate-connector';

/**
 * The README a freshly imported connector starts with. It is written once and
 * then belongs to the package's authors: a regeneration leaves it alone.
 */
export function generatedReadme(name: string, generated: GeneratedConnector): string {
  const actions = generated.actions
    .map((action) => `| \`${action.name}\` | ${action.displayName} | \`${action.method} ${action.path}\` |`)
    .join('\n');
  const skipped = generated.skippedOperations.map((item) => `- ${item.operation}: ${item.reason}`).join('\n');
  return `# ${generated.apiTitle} connector (\`${name}\`)

Generated from an OpenAPI document: do not edit \`src/\` by hand. Regenerate with

\`\`\`sh
${generated.command}
\`\`\`

## Connection

\`baseUrl\` defaults to ${generated.defaultBaseUrl === undefined ? 'nothing (every connection must give one)' : `\`${generated.defaultBaseUrl}\``}; \`type\` picks the security scheme (see \`src/auth.ts\`).

## Actions

One per operation (\`src/actions/<name>.action.ts\`):

| action | what it does | operation |
| --- | --- | --- |
${actions}
${skipped === '' ? '' : `\nNot imported:\n\n${skipped}\n`}`;
}
