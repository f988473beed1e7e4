import { compileExpression, ExpressionFailure } from '@tributary/workflows/expressions/bounded-expression';

/** A syntax error of an expression, with the range of text to underline. */
export interface ExpressionSyntaxProblem {
  message: string;
  from: number;
  to: number;
}

/**
 * Checks an expression (without its leading "=") with the compiler the engine
 * uses, so the editor flags exactly what publishing would reject.
 */
export function expressionSyntaxProblem(source: string): ExpressionSyntaxProblem | null {
  if (source.trim() === '') return { message: 'the expression is empty', from: 0, to: source.length };
  try {
    compileExpression(source);
    return null;
  } catch (error) {
    if (!(error instanceof ExpressionFailure)) throw error;
    // JSONata reports the offset just past the offending token; underline the character before it
    const position = error.position === undefined ? source.length : Math.min(error.position, source.length);
    const from = Math.max(0, position - 1);
    const at = error.position === undefined ? '' : ` at position ${error.position}`;
    const hint = source.startsWith('=') ? ' (the leading "=" is added for you)' : '';
    return { message: `syntax error${at}: ${error.message}${hint}`, from, to: Math.max(from + 1, position) };
  }
}
