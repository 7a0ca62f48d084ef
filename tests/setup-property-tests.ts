import fc from 'fast-check';

// Property tests run from a fixed seed, so CI is reproducible; set DRAFTDIFF_PROPERTY_SEED to explore others
// (fast-check prints the seed and path of any failure, to replay it).
const seed = process.env['DRAFTDIFF_PROPERTY_SEED'];
fc.configureGlobal({ seed: seed === undefined ? 20251120 : Number(seed) });
