import type { ConversionMeasures } from '@/lib/api-types';

/** A conversion row's measures for the tests: zeros and "not measured yet", with `change` on top. */
export function measures(change: Partial<ConversionMeasures>): ConversionMeasures {
  return {
    received: 0,
    duplicates: 0,
    processed: 0,
    success: 0,
    contacted: 0,
    calls: 0,
    by_status: {},
    conversion: { of_received: null, of_processed: null, of_contacted: null },
    cost: null,
    cost_per_success: null,
    ...change,
  };
}
