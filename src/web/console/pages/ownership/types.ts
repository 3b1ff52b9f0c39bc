import type { z } from 'zod';
import type { OwnershipDetailView, OwnershipView, ResolutionRatesView } from '../../../../shared/schemas/ownership.js';

export type Ownership = z.infer<typeof OwnershipView>;
export type OwnershipDetail = z.infer<typeof OwnershipDetailView>;
export type ResolutionRate = z.infer<typeof ResolutionRatesView>['items'][number];
