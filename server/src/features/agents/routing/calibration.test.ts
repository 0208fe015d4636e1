import { describe, expect, it } from 'vitest';
import {
  expectedCalibrationError,
  fitTemperature,
  logLoss,
  type OutOfFold,
  reliability,
} from './calibration.js';
import { softmax } from './sparse.js';

// Draws labels from softmax(logits / trueTemperature), so the best temperature is known.
function synthetic(trueTemperature: number, count: number): OutOfFold[] {
  let state = 7;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return Array.from({ length: count }, () => {
    const logits = Array.from({ length: 6 }, () => (random() - 0.5) * 8);
    const p = softmax(logits, trueTemperature);
    let draw = random();
    const label = p.findIndex((pk) => {
      draw -= pk;
      return draw < 0;
    });
    return { logits, label: label === -1 ? 5 : label };
  });
}

describe('temperature fitting', () => {
  it.each([0.5, 1, 2])('recovers a temperature of %s from labels drawn at it', (temperature) => {
    const { temperature: fitted } = fitTemperature(synthetic(temperature, 4000));
    expect(fitted).toBeGreaterThan(temperature * 0.9);
    expect(fitted).toBeLessThan(temperature * 1.1);
  });

  it('returns the log loss at the fitted temperature, no worse than at 1', () => {
    const rows = synthetic(2, 1000);
    const fitted = fitTemperature(rows);
    expect(fitted.logLoss).toBeCloseTo(logLoss(rows, fitted.temperature), 12);
    expect(fitted.logLoss).toBeLessThan(logLoss(rows, 1));
  });
});

describe('calibration measures', () => {
  it('buckets predictions by confidence, the top bucket including 1', () => {
    const buckets = reliability([
      { confidence: 0.95, correct: true },
      { confidence: 1, correct: false },
      { confidence: 0.42, correct: true },
    ]);
    expect(buckets).toHaveLength(10);
    expect(buckets[9]).toMatchObject({ count: 2, accuracy: 0.5, meanConfidence: 0.975 });
    expect(buckets[4]).toMatchObject({ count: 1, accuracy: 1, meanConfidence: 0.42 });
  });

  it('scores a calibrated model near 0 and an overconfident one by its gap', () => {
    const calibrated = Array.from({ length: 10 }, (_, i) => ({ confidence: 0.7, correct: i < 7 }));
    expect(expectedCalibrationError(calibrated)).toBeCloseTo(0, 12);
    const overconfident = Array.from({ length: 10 }, (_, i) => ({
      confidence: 0.99,
      correct: i < 6,
    }));
    expect(expectedCalibrationError(overconfident)).toBeCloseTo(0.39, 12);
  });
});
