/** The unit of a fraction of a whole that names no counted thing of its own ("2/3 of the conclave", "une majorité
 * des deux tiers", "the required two-thirds majority"): a share, as a percentage is, never a count of the noun or
 * the unit of a figure before it (a "2/3" after "24 hours" is no span of hours). Its value stays the fraction. */
export const SHARE_UNIT = 'share';
