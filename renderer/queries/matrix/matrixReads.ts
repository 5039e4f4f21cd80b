import type { DataKind } from '../../../shared/domain/dataChange';

/** What a matrix is counted from: a change to any of these reads it again. */
export const MATRIX_READS: readonly DataKind[] = ['codes', 'codings', 'participants', 'attributes', 'sessions', 'documents'];
