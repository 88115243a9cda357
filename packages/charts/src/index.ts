// The chart options are being written; see docs/charts.md when it lands.
export {};
