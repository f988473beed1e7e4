// Errors of the claim-check payload codec. A worker that raises one while
// decoding fails the workflow task or activity, which Temporal retries, so the
// message says which blob to look for.

/** A reference in history points at a blob the payload store does not have. */
export class ClaimCheckBlobMissingError extends Error {
  readonly code = 'CLAIM_CHECK_BLOB_MISSING';
  override readonly name = 'ClaimCheckBlobMissingError';
  constructor(readonly ref: string) {
    super(
      `claim-check blob ${ref} is not in the payload store — was it deleted, or does this process use another database than the one that stored it?`,
    );
  }
}

/** A claim-check reference is malformed, or its blob does not hash to it. */
export class ClaimCheckReferenceError extends Error {
  readonly code = 'CLAIM_CHECK_REFERENCE_INVALID';
  override readonly name = 'ClaimCheckReferenceError';
}
