import { Delivery } from '../../domain/files';
import { PassagesFormat, RetrieveQuery, RetrieveResult } from '../../domain/retrieve';

/** Retrieve: every passage of a code, filtered and sorted, and the same list as a file. */
export const retrieveChannels = {
  /** The passages of a code that pass the filter, in the chosen order, with the choices each filter offers. */
  'retrieve:passages': { input: RetrieveQuery, output: RetrieveResult },
  /** The list `retrieve:passages` gives for the same query, as a CSV, Excel or Word file, delivered like every export (see Delivery). */
  'retrieve:export': { input: RetrieveQuery.extend({ format: PassagesFormat }), output: Delivery },
} as const;
