/** The overlay finds its market with the same rule the background applies to the sender's page. */
export { slugsFromPath } from '../../lib/core/model/page-slugs';
