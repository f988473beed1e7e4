import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@tributary/db';
import { PRISMA } from '../database/database.module';
import { ResourceNotFoundError } from '../problem/api-problem';
import { connectionReferences } from './flow-connection-references';
import { checkFlowDefinition, locate } from './flow-definition-check';
import { flowWhere } from './flow-lookup';
import type { FlowValidationResult } from './flows.schemas';

/**
 * Dry-run validation: the problems publishing would report, plus warnings
 * about what the definition needs from this environment (connections by
 * name) that the schema cannot know. Nothing is stored.
 */
@Injectable()
export class FlowValidationService {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  async validate(definition: unknown): Promise<FlowValidationResult> {
    const checked = checkFlowDefinition(definition);
    if (!checked.ok) return { valid: false, errors: checked.problems, warnings: [] };
    const references = connectionReferences(checked.flow);
    const missing = new Set(await this.missingConnections(references.map((reference) => reference.name)));
    const warnings = references
      .filter((reference) => missing.has(reference.name))
      .map((reference) => ({
        ...locate(['definition', ...reference.path], `connection "${reference.name}" does not exist`),
        code: 'connection_not_found' as const,
        connection: reference.name,
      }));
    return { valid: true, errors: [], warnings };
  }

  /** Validates the stored draft, e.g. after the validator learned a new rule. */
  async validateDraft(idOrSlug: string): Promise<FlowValidationResult> {
    const flow = await this.prisma.flow.findUnique({ where: flowWhere(idOrSlug), select: { draft: true } });
    if (!flow) throw new ResourceNotFoundError('flow', idOrSlug);
    return this.validate(flow.draft);
  }

  /** The names, of those given, that no stored connection has; sorted, without repeats. */
  async missingConnections(names: string[]): Promise<string[]> {
    const wanted = [...new Set(names)];
    if (wanted.length === 0) return [];
    const found = await this.prisma.connection.findMany({ where: { name: { in: wanted } }, select: { name: true } });
    const present = new Set(found.map((connection) => connection.name));
    return wanted.filter((name) => !present.has(name)).sort();
  }
}
