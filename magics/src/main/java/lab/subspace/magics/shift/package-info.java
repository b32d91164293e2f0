/**
 * Unsupervised domain-shift detection with interpretable subspace attribution and compensation
 * (Springer &amp; Laio, arXiv:2605.15920; the coin-flip statistic of EagleEye, arXiv:2503.23927).
 * Entry point: {@link lab.subspace.magics.shift.DensityShift}; the statistic and its exact null:
 * {@link lab.subspace.magics.shift.BinomialScan}; the magic: {@code %shift}.
 */
package lab.subspace.magics.shift;
