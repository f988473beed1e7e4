/**
 * The units industrial integrations meet most (ERP ↔ CMMS ↔ historian): each
 * is `factor` × value + `offset` in its dimension's base unit (m, kg, °C, Pa,
 * m³, s). Factors are the exact definitions (inch = 0.0254 m, pound =
 * 0.45359237 kg, US gallon = 231 in³).
 */

export type UnitDimension = 'length' | 'mass' | 'temperature' | 'pressure' | 'volume' | 'time';

export interface UnitDefinition {
  dimension: UnitDimension;
  factor: number;
  offset?: number;
}

const INCH = 0.0254;
const POUND = 0.45359237;
const STANDARD_GRAVITY = 9.80665;

export const INDUSTRIAL_UNITS = {
  mm: { dimension: 'length', factor: 0.001 },
  cm: { dimension: 'length', factor: 0.01 },
  m: { dimension: 'length', factor: 1 },
  km: { dimension: 'length', factor: 1000 },
  in: { dimension: 'length', factor: INCH },
  ft: { dimension: 'length', factor: 12 * INCH },
  g: { dimension: 'mass', factor: 0.001 },
  kg: { dimension: 'mass', factor: 1 },
  t: { dimension: 'mass', factor: 1000 },
  lb: { dimension: 'mass', factor: POUND },
  C: { dimension: 'temperature', factor: 1 },
  '°C': { dimension: 'temperature', factor: 1 },
  F: { dimension: 'temperature', factor: 5 / 9, offset: -160 / 9 },
  '°F': { dimension: 'temperature', factor: 5 / 9, offset: -160 / 9 },
  K: { dimension: 'temperature', factor: 1, offset: -273.15 },
  Pa: { dimension: 'pressure', factor: 1 },
  kPa: { dimension: 'pressure', factor: 1000 },
  bar: { dimension: 'pressure', factor: 100_000 },
  // pound-force per square inch: lbf / in²
  psi: { dimension: 'pressure', factor: (POUND * STANDARD_GRAVITY) / (INCH * INCH) },
  ml: { dimension: 'volume', factor: 1e-6 },
  l: { dimension: 'volume', factor: 0.001 },
  m3: { dimension: 'volume', factor: 1 },
  gal: { dimension: 'volume', factor: 231 * INCH ** 3 },
  s: { dimension: 'time', factor: 1 },
  min: { dimension: 'time', factor: 60 },
  h: { dimension: 'time', factor: 3600 },
} as const satisfies Record<string, UnitDefinition>;

export type UnitName = keyof typeof INDUSTRIAL_UNITS;

export const UNIT_NAMES = Object.keys(INDUSTRIAL_UNITS) as [UnitName, ...UnitName[]];

/** Significant digits kept after a conversion: drops binary noise (0.30000000000000004), keeps any real precision. */
const SIGNIFICANT_DIGITS = 12;

/** Converts between two units of the same dimension (checked by the caller). */
export function convertUnit(value: number, from: UnitName, to: UnitName): number {
  if (from === to) return value;
  const source: UnitDefinition = INDUSTRIAL_UNITS[from];
  const target: UnitDefinition = INDUSTRIAL_UNITS[to];
  const base = value * source.factor + (source.offset ?? 0);
  const converted = (base - (target.offset ?? 0)) / target.factor;
  return Number(converted.toPrecision(SIGNIFICANT_DIGITS));
}
