import { compileExpression, ExpressionFailure } from '../expressions/bounded-expression';

/**
 * Static checks of one JSONata expression: it parses, every
 * `$steps.<id>` it names is a step the caller says is visible, and loop
 * variables appear only where a loop defines them.
 */

export interface ExpressionSite {
  path: (string | number)[];
  source: string;
  /** `$steps.<self>` is fine here (compensation input, onError output) */
  mayReferenceSelf: boolean;
  /** the site runs inside a loop iteration (forEach `collect`) */
  inLoop?: boolean;
}

export interface ReferenceRules {
  /** a message when the referenced step is not visible from the site, else null */
  stepReference(id: string): string | null;
  loopVariablesAllowed: boolean;
}

interface AstNode {
  type?: string;
  value?: unknown;
  steps?: AstNode[];
  [key: string]: unknown;
}

export function findExpressionProblems(site: ExpressionSite, rules: ReferenceRules) {
  let ast: AstNode;
  try {
    ast = compileExpression(site.source).ast as unknown as AstNode;
  } catch (error) {
    const failure =
      error instanceof ExpressionFailure ? error : new ExpressionFailure('expression_syntax', String(error));
    const where = failure.position === undefined ? '' : ` at character ${failure.position}`;
    return [{ path: site.path, message: `invalid expression${where}: ${failure.message} — in "${site.source}"` }];
  }
  const problems: { path: (string | number)[]; message: string }[] = [];
  const locallyBound = new Set<string>();
  collectLocalBindings(ast, locallyBound);
  const reported = new Set<string>();
  const report = (message: string) => {
    if (reported.has(message)) return;
    reported.add(message);
    problems.push({ path: site.path, message: `${message} — in "${site.source}"` });
  };
  visit(ast, (node) => {
    if (node.type === 'path' && Array.isArray(node.steps)) {
      const [head, name] = node.steps;
      if (head?.type === 'variable' && head.value === 'steps' && !locallyBound.has('steps')) {
        if (name?.type === 'name' && typeof name.value === 'string') {
          const message = rules.stepReference(name.value);
          if (message) report(message);
        }
      }
    }
    if (node.type === 'variable' && (node.value === 'item' || node.value === 'index')) {
      if (!rules.loopVariablesAllowed && !locallyBound.has(node.value)) {
        report(`$${node.value} exists only inside a forEach body`);
      }
    }
  });
  return problems;
}

function visit(node: unknown, onNode: (node: AstNode) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) visit(child, onNode);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  onNode(node as AstNode);
  for (const value of Object.values(node)) {
    if (value !== null && typeof value === 'object') visit(value, onNode);
  }
}

/** `$x := …` and `function($x) {…}` make `$x` the expression's own. */
function collectLocalBindings(ast: AstNode, names: Set<string>): void {
  visit(ast, (node) => {
    if (node.type === 'bind') {
      const lhs = node.lhs as AstNode | undefined;
      if (lhs?.type === 'variable' && typeof lhs.value === 'string') names.add(lhs.value);
    }
    if (node.type === 'lambda' && Array.isArray(node.arguments)) {
      for (const argument of node.arguments as AstNode[]) {
        if (argument.type === 'variable' && typeof argument.value === 'string') names.add(argument.value);
      }
    }
  });
}
