import type { Feature } from '../../http/feature.js';

// Placeholder until the feature lands.
export const interviewsRoutes: Feature = async () => {};
