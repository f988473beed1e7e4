import { ApiProblem } from '../problem/api-problem';

export class ConnectionNameTakenError extends ApiProblem {
  constructor(name: string) {
    super({
      status: 409,
      code: 'connection_name_taken',
      title: 'Connection name already in use',
      detail: `A connection named "${name}" already exists.`,
      extensions: { name },
    });
  }
}
