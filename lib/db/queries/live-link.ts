import type { StoredLink } from '../database';

/** A link with a pending local untag counts as gone everywhere it is read. */
export const isLiveLink = (link: StoredLink) => link.pending !== 'clear';
